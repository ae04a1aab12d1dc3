# kpibot: a slim, non-root image whose entry point is `kpibot`; the default command serves
# Slack's requests (`kpibot serve`). compose.yaml runs the same image as web and scheduler.
#   docker build -t kpibot .
#   docker run --env-file .env -p 3000:3000 kpibot            # serve (with the scheduler)
#   docker run --env-file .env kpibot scheduler               # the scheduler alone

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml setup.py MANIFEST.in README.md manifest.yml ./
COPY bot ./bot
COPY storage ./storage
COPY templates ./templates
# The wheel and every dependency as wheels; the final stage installs them and nothing else.
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PORT=3000 \
    KPIBOT_SPOOL_DIR=/var/lib/kpibot/spool
# The spool folder exists in the image, owned by kpibot, so a volume mounted there is writable.
RUN useradd --system --uid 10001 --home-dir /var/lib/kpibot --create-home kpibot \
    && install -d -o kpibot -g kpibot /var/lib/kpibot/spool
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels kpibot && rm -rf /wheels
USER kpibot
WORKDIR /var/lib/kpibot
EXPOSE 3000
# /healthz answers 200 while the database answers (bot/web.py). A scheduler-only container
# serves no HTTP: compose.yaml turns this off there.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=4)"]
ENTRYPOINT ["kpibot"]
CMD ["serve"]

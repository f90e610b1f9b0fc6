#!/usr/bin/python3
"""Local receivers for the council-notification tests (docs/alerts.md).

  notifyreceivers.py smtp DIR [--delay-ms N] [--refuse-first N]
  notifyreceivers.py webhook DIR --secret-file FILE

Both make a self-signed certificate for 127.0.0.1 in DIR (cert.pem, key.pem) with the openssl
command, listen on a free port of 127.0.0.1, write it to DIR/port when ready and append one JSON
line per message to DIR/received.jsonl (flushed, so a test reads it while the receiver runs).
smtp: aiosmtpd with STARTTLS required (MAIL before STARTTLS is refused), so every message it
records came over TLS. webhook: HTTPS; checks X-CareRound-Signature (HMAC-SHA256 over
"<timestamp>.<body>" with the secret) and answers 401 to a wrong one, recording it as such.
"""
import argparse
import asyncio
import email
import hashlib
import hmac
import http.server
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time


def make_certificate(folder):
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Journal:
    def __init__(self, folder):
        self.path = os.path.join(folder, "received.jsonl")
        self.lock = threading.Lock()

    def add(self, entry):
        with self.lock, open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")
            f.flush()
            os.fsync(f.fileno())


def ready(folder, port):
    tmp = os.path.join(folder, "port.tmp")
    with open(tmp, "w") as f:
        f.write(str(port))
    os.replace(tmp, os.path.join(folder, "port"))


def run_smtp(args, context, journal):
    from aiosmtpd.controller import Controller

    class Handler:
        refused = 0

        async def handle_DATA(self, server, session, envelope):
            if Handler.refused < args.refuse_first:
                Handler.refused += 1
                return "451 4.3.0 try again later"
            if args.delay_ms:
                await asyncio.sleep(args.delay_ms / 1000)
            message = email.message_from_bytes(envelope.content)
            journal.add({"messageId": message["Message-ID"], "to": envelope.rcpt_tos,
                         "from": envelope.mail_from, "tls": session.ssl is not None,
                         "subject": message["Subject"],
                         "body": message.get_payload(decode=True).decode("utf-8")})
            return "250 OK"

    port = free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, ready_timeout=20)
    controller.start()
    ready(args.dir, port)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


def run_webhook(args, context, journal):
    secret = open(args.secret_file, "rb").read().strip()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            stamp = self.headers.get("X-CareRound-Timestamp", "")
            given = self.headers.get("X-CareRound-Signature", "")
            wanted = "v1=" + hmac.new(secret, stamp.encode() + b"." + body,
                                      hashlib.sha256).hexdigest()
            ok = hmac.compare_digest(given, wanted)
            journal.add({"idempotencyKey": self.headers.get("Idempotency-Key"),
                         "timestamp": stamp, "signatureOk": ok,
                         "body": json.loads(body or b"null")})
            self.send_response(200 if ok else 401)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *unused):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ready(args.dir, server.server_address[1])
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    server.shutdown()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["smtp", "webhook"])
    parser.add_argument("dir")
    parser.add_argument("--delay-ms", type=int, default=0)
    parser.add_argument("--refuse-first", type=int, default=0)
    parser.add_argument("--secret-file")
    args = parser.parse_args()
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    context = make_certificate(args.dir)
    journal = Journal(args.dir)
    (run_smtp if args.kind == "smtp" else run_webhook)(args, context, journal)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Outgoing mail: SMTP when SMTP_HOST is set, otherwise the message is written to the log (development)."""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from email.message import EmailMessage

from app.core.config import Settings
from app.core.logging import KEEP_SECRETS

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str


class Mailer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # The last few log-mode mails, so a developer (or a test) can pick up a link without an inbox.
        self.outbox: deque[Mail] = deque(maxlen=100)

    async def send(self, mail: Mail) -> None:
        s = self.settings
        if not s.smtp_host:
            self.outbox.append(mail)
            # In development the logged link is how one verifies without an inbox; elsewhere its token is
            # redacted like any other secret in a log line.
            logger.info("Mail (SMTP not configured) to=%s subject=%r\n%s", mail.to, mail.subject, mail.body,
                        extra={KEEP_SECRETS: s.environment == "development"})
            return
        import aiosmtplib  # deferred: servers that log mail never load the SMTP client

        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = s.smtp_from, mail.to, mail.subject
        message.set_content(mail.body)
        try:
            await aiosmtplib.send(
                message,
                hostname=s.smtp_host,
                port=s.smtp_port,
                username=s.smtp_user,
                password=s.smtp_password.get_secret_value() if s.smtp_password else None,
                start_tls=s.smtp_starttls,
                timeout=20,
            )
        except Exception:  # mail is sent in the background; a failure must not surface as a 500 later
            logger.exception("Could not send mail to %s (subject %r)", mail.to, mail.subject)

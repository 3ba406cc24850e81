import logging

import pytest

from omnisync.auth.redact import REDACTED, RedactingFilter, install_redaction, redact


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer eyJhbGciOi.abc-def_ghi", "eyJhbGciOi.abc-def_ghi"),
        ("headers={'authorization': 'Bearer abc123xyz'}", "abc123xyz"),
        ("GET /callback?code=AbCdEf123&state=s", "AbCdEf123"),
        ("grant_type=authorization_code&code=zzz999&code_verifier=vvvv-1234", "vvvv-1234"),
        ("grant_type=authorization_code&code=zzz999&code_verifier=vvvv-1234", "zzz999"),
        ('{"access_token": "tok-1", "expires_in": 3600}', "tok-1"),
        ("{'refresh_token': 'ref-2'}", "ref-2"),
        ("refresh_token=ref-3", "ref-3"),
        ('{"accessToken":"t4"}', "t4"),
    ],
)
def test_secrets_are_redacted(text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out
    assert REDACTED in out


def test_innocent_text_is_kept() -> None:
    text = "error_code=42 token_type=Bearer expires_in=3600 state=abc"
    assert redact(text) == text


def _record(msg: str, *args: object, exc: bool = False) -> logging.LogRecord:
    exc_info = None
    if exc:
        try:
            raise RuntimeError("failed with Bearer secret-in-traceback")
        except RuntimeError:
            import sys

            exc_info = sys.exc_info()
    return logging.LogRecord("t", logging.INFO, __file__, 1, msg, args or None, exc_info)


def test_filter_redacts_message_args_and_traceback() -> None:
    flt = RedactingFilter()
    record = _record("token answer %s for %s", {"access_token": "tok-5"}, "agent", exc=True)
    assert flt.filter(record)
    assert "tok-5" not in record.getMessage()
    assert "agent" in record.getMessage()
    assert record.exc_text is not None
    assert "secret-in-traceback" not in record.exc_text


def test_remembered_secret_is_redacted_anywhere() -> None:
    flt = RedactingFilter()
    flt.remember("opaque-token-value-123")
    record = _record("sent %s", "xx opaque-token-value-123 yy")
    flt.filter(record)
    assert "opaque-token-value-123" not in record.getMessage()


def test_install_on_handlers(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("omnisync.test.redact")
    handler = caplog.handler
    logger.addHandler(handler)
    try:
        install_redaction(logger)
        logger.warning("refresh failed: refresh_token=%s", "r-secret-9")
    finally:
        logger.removeHandler(handler)
    assert "r-secret-9" not in caplog.text
    assert REDACTED in caplog.text

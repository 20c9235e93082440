"""CORS for the OpenAPI document: every origin may read it (NL API Design Rules); the rest
of the API only the origins of REGIETAFEL_API_CORS_ORIGINS (settings.CORS_ALLOWED_ORIGINS)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from regietafel.api.middleware import OPENAPI_PAD


def openapi_voor_iedereen(sender: Any, request: HttpRequest, **kwargs: Any) -> bool:
    """django-cors-headers' check_request_enabled: allow any origin for the document."""
    return request.path == OPENAPI_PAD

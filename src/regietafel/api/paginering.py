"""Pagination of every list: `page` and `pageSize` (lowerCamelCase, NL API Design Rules).

A value that is not a whole number in range is a 400 that names the parameter and the
range, never silently ignored or clamped; a page past the last one is a 404."""

from __future__ import annotations

from typing import Any

from rest_framework import exceptions
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request

MAX_PAGINA = 1_000_000


def _geheel_getal(request: Request, naam: str, hoogste: int) -> int | None:
    """The query parameter `naam` as a whole number 1..hoogste, None when absent."""
    tekst = request.query_params.get(naam)
    if tekst is None:
        return None
    if not (tekst.isascii() and tekst.isdigit() and 1 <= int(tekst) <= hoogste):
        raise exceptions.ValidationError(
            {naam: [f"Geef een geheel getal van 1 tot en met {hoogste}."]}
        )
    return int(tekst)


class Paginering(PageNumberPagination):
    page_size = 100
    page_query_param = "page"
    page_size_query_param = "pageSize"
    max_page_size = 500

    def get_page_size(self, request: Request) -> int:
        return _geheel_getal(request, self.page_size_query_param, self.max_page_size) or (
            self.page_size
        )

    def paginate_queryset(self, queryset: Any, request: Request, view: Any = None) -> Any:
        _geheel_getal(request, self.page_query_param, MAX_PAGINA)
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The page around a list, described in Dutch (DRF's own has English text and
        api.example.org in its examples)."""
        pagina = "http://127.0.0.1:8000/api/v1/aanbod?page={}&pageSize=100"
        return {
            "type": "object",
            "required": ["count", "results"],
            "properties": {
                "count": {"type": "integer", "example": 216},
                "next": {
                    "type": "string",
                    "nullable": True,
                    "format": "uri",
                    "example": pagina.format(3),
                },
                "previous": {
                    "type": "string",
                    "nullable": True,
                    "format": "uri",
                    "example": pagina.format(1),
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": "Het paginanummer (1 is de eerste pagina).",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGINA},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Het aantal resultaten per pagina (standaard {self.page_size}, "
                f"ten hoogste {self.max_page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
        ]

"""Pagination of every list: `page` and `pageSize` (lowerCamelCase, NL API Design Rules)."""

from rest_framework.pagination import PageNumberPagination


class Paginering(PageNumberPagination):
    page_size = 100
    page_query_param = "page"
    page_size_query_param = "pageSize"
    max_page_size = 500

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "regietafel.web"
    verbose_name = "Webapplicatie"

    def ready(self) -> None:
        from corsheaders.signals import check_request_enabled

        from regietafel.api.cors import openapi_voor_iedereen

        check_request_enabled.connect(openapi_voor_iedereen, dispatch_uid="openapi-cors")

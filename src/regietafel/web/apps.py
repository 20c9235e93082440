from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class WebConfig(AppConfig):
    name = "regietafel.web"
    verbose_name = gettext_lazy("Webapplicatie")

    def ready(self) -> None:
        from corsheaders.signals import check_request_enabled  # lazy: AppConfig.ready()

        from regietafel.api.cors import openapi_voor_iedereen  # lazy: AppConfig.ready()

        check_request_enabled.connect(openapi_voor_iedereen, dispatch_uid="openapi-cors")

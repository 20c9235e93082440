"""The pages of the PRT meetings and their actions."""

from django.urls import path

from regietafel.overleggen import views

urlpatterns = [
    path("overleggen/", views.overleggen_pagina, name="overleggen"),
    path("overleggen/<int:pk>/", views.overleg_pagina, name="overleg"),
    path("overleggen/<int:pk>/actielijst.docx", views.actielijst_download, name="actielijst-docx"),
    path("overleggen/<int:pk>/<str:soort>/<int:item_pk>/", views.overleg_item, name="overleg-item"),
    path("acties/<int:pk>/status/", views.actie_status, name="actie-status"),
]

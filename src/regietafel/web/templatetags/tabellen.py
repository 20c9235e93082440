"""Template tags that write the NL Design System (Utrecht) table markup that every page's
tables share, so a template states only its table's own content: which columns, which cells.

    {% load tabellen %}
    {% tabel "acties" titel=_("Acties") %}
      <thead class="utrecht-table__header"><tr class="utrecht-table__row">
        {% koppen _("Actie") %}{% getalkoppen _("Plaatsen") %}{% verborgen_kop _("Bewerken") %}
      </tr></thead>
      <tbody class="utrecht-table__body">{% for r in rijen %}<tr class="utrecht-table__row">
        {% cellen r.actie %}{% getallen r.plaatsen|getal %}
      </tr>{% empty %}{% leeg_rij 3 _("Nog geen acties.") %}{% endfor %}</tbody>
    {% endtabel %}

`tabel` wraps its content in the scrolling region (`div.tabelrol`, focusable, named by the
caption, by a heading elsewhere on the page, or by a label) and the `table` element itself."""

from typing import Any

from django import template
from django.template.base import FilterExpression, NodeList, token_kwargs
from django.template.defaulttags import ForNode
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

register = template.Library()

_TABEL_OPTIES = frozenset({"titel", "kop", "label", "klasse", "compact", "beschreven"})


def _koppen(klasse: str, teksten: tuple[Any, ...]) -> SafeString:
    return format_html_join(
        "", '<th scope="col" class="{}">{}</th>', ((klasse, t) for t in teksten)
    )


@register.simple_tag
def koppen(*teksten: Any) -> SafeString:
    """Column headings (`th scope="col"`) of a table's header row, in order."""
    return _koppen("utrecht-table__header-cell", teksten)


@register.simple_tag
def getalkoppen(*teksten: Any) -> SafeString:
    """Headings of columns of figures: right-aligned like their cells."""
    return _koppen("utrecht-table__header-cell getal", teksten)


@register.simple_tag
def verborgen_kop(tekst: Any) -> SafeString:
    """A column heading only a screen reader reads (over a column of links, say)."""
    return format_html(
        '<th scope="col" class="utrecht-table__header-cell">'
        '<span class="visueel-verborgen">{}</span></th>',
        tekst,
    )


@register.simple_tag
def cellen(*waarden: Any) -> SafeString:
    """A row's cells of text, in order; each value escaped unless already safe."""
    return format_html_join("", '<td class="utrecht-table__cell">{}</td>', ((w,) for w in waarden))


@register.simple_tag
def getallen(*waarden: Any) -> SafeString:
    """A row's cells of figures, right-aligned, in order. The values come formatted
    (`|getal`, `|euro`, `|saldo`), so each table keeps its own rule for an unknown figure."""
    return format_html_join(
        "", '<td class="utrecht-table__cell getal">{}</td>', ((w,) for w in waarden)
    )


@register.simple_tag
def leeg_rij(kolommen: int, tekst: str) -> SafeString:
    """The one row of a table that has no rows yet, spanning its `kolommen` columns."""
    return format_html(
        '<tr class="utrecht-table__row"><td class="utrecht-table__cell" colspan="{}">{}</td></tr>',
        kolommen,
        tekst,
    )


class TabelNode(template.Node):
    def __init__(
        self, id_: FilterExpression, opties: dict[str, FilterExpression], inhoud: NodeList
    ) -> None:
        self.id = id_
        self.opties = opties
        self.inhoud = inhoud

    def render(self, context: template.Context) -> str:
        o = {naam: waarde.resolve(context) for naam, waarde in self.opties.items()}
        tabel_id = self.id.resolve(context)
        return format_html(
            '<div class="tabelrol" tabindex="0" role="region" {}>\n<table class="{}"{}{}>\n{}{}\n'
            "</table>\n</div>",
            _regio_naam(tabel_id, o),
            _tabelklasse(o),
            format_html(' id="{}"', tabel_id) if tabel_id else "",
            format_html(' aria-describedby="{}"', o["beschreven"]) if o.get("beschreven") else "",
            _bijschrift(tabel_id, o),
            self.inhoud.render(context),
        )


def _regio_naam(tabel_id: str, o: dict[str, Any]) -> SafeString:
    """The scrolling region is named like its table: by the caption, a heading or a label."""
    if o.get("label"):
        return format_html('aria-label="{}"', o["label"])
    return format_html('aria-labelledby="{}"', o.get("kop") or f"{tabel_id}-titel")


def _tabelklasse(o: dict[str, Any]) -> str:
    delen = ["utrecht-table", "utrecht-table--html-table"]
    if o.get("compact", True):
        delen.append("compact")
    if o.get("klasse"):
        delen.append(o["klasse"])
    return " ".join(delen)


def _bijschrift(tabel_id: str, o: dict[str, Any]) -> SafeString | str:
    if not o.get("titel"):
        return ""
    return format_html(
        '<caption class="utrecht-table__caption" id="{}-titel">{}</caption>\n',
        tabel_id,
        o["titel"],
    )


@register.tag
def tabel(parser: template.base.Parser, token: template.base.Token) -> TabelNode:
    """`{% tabel "id" titel=… kop=… label=… klasse=… compact=False beschreven=… %}…{% endtabel %}`:
    `titel` writes a caption that names the table; `kop` names it by a heading's id instead,
    `label` by words. `id` may be "" for a table that needs none (then name it by `kop` or
    `label`)."""
    delen = token.split_contents()
    if len(delen) < 2:
        raise template.TemplateSyntaxError("{% tabel %} needs the table's id as its first argument")
    rest = delen[2:]
    opties = token_kwargs(rest, parser)
    if rest or not set(opties) <= _TABEL_OPTIES:
        raise template.TemplateSyntaxError(
            f"{{% tabel %}} takes only {sorted(_TABEL_OPTIES)} as name=value: {token.contents}"
        )
    inhoud = parser.parse(("endtabel",))
    parser.delete_first_token()
    return TabelNode(parser.compile_filter(delen[1]), opties, inhoud)


class OmhulselNode(template.Node):
    """What `inhoud` renders, inside fixed markup: `omhulsel` holds one `{}` for it."""

    def __init__(self, omhulsel: str, inhoud: NodeList | ForNode) -> None:
        self.omhulsel = omhulsel
        self.inhoud = inhoud

    def render(self, context: template.Context) -> str:
        return format_html(self.omhulsel, self.inhoud.render(context))


@register.tag
def kopregel(parser: template.base.Parser, token: template.base.Token) -> OmhulselNode:
    """`{% kopregel %}{% koppen … %}{% getalkoppen … %}{% endkopregel %}`: a table's one
    header row (`thead`), the column headings inside it."""
    if len(token.split_contents()) != 1:
        raise template.TemplateSyntaxError("{% kopregel %} takes no arguments")
    inhoud = parser.parse(("endkopregel",))
    parser.delete_first_token()
    kop = '<thead class="utrecht-table__header"><tr class="utrecht-table__row">{}</tr></thead>'
    return OmhulselNode(kop, inhoud)


@register.tag
def rijen(parser: template.base.Parser, token: template.base.Token) -> OmhulselNode:
    """`{% rijen r in lijst %}…{% endrijen %}`: a table's body (`tbody`), one row (`tr`) per
    item of `lijst` around the cells inside; as in `for`, `a, b in …` and `forloop` work."""
    delen = token.split_contents()
    if len(delen) < 4 or delen[-2] != "in":
        raise template.TemplateSyntaxError(
            f"{{% rijen %}} is written {{% rijen r in lijst %}}: {token.contents}"
        )
    namen = [naam.strip() for naam in " ".join(delen[1:-2]).split(",")]
    inhoud = parser.parse(("endrijen",))
    parser.delete_first_token()
    rij = NodeList(
        [
            template.base.TextNode('<tr class="utrecht-table__row">'),
            *inhoud,
            template.base.TextNode("</tr>"),
        ]
    )
    per_rij = ForNode(namen, parser.compile_filter(delen[-1]), False, rij)
    return OmhulselNode('<tbody class="utrecht-table__body">{}</tbody>', per_rij)


@register.simple_tag
def rijkop(tekst: Any, colspan: int | None = None) -> SafeString:
    """The heading cell (`th scope="row"`) that names a row, spanning `colspan` columns if
    given (a footer's "Totaal", say)."""
    span = format_html(' colspan="{}"', colspan) if colspan else ""
    return format_html('<th scope="row" class="utrecht-table__header-cell"{}>{}</th>', span, tekst)

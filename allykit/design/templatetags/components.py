"""Template helpers for the component library in allykit/templates/components/.

- ``{% component "callout" kind="warning" title=t %}rich body{% endcomponent %}`` renders
  ``components/callout.html`` with the enclosed markup as ``body`` (any parameter of the
  component may be given; the include form ``{% include "components/callout.html" with body=x %}``
  works as well).
- ``field|described:hint`` renders a BoundField's widget with ``aria-describedby`` pointing at its
  hint and error, and ``aria-invalid`` when it has errors (used by components/form_field.html).
- ``field|is_group`` / ``field|is_checkbox`` tell form_field.html how to lay a field out.
"""

from __future__ import annotations

from django import forms, template
from django.template.loader import get_template
from django.utils.safestring import mark_safe

register = template.Library()

GROUP_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


class ComponentNode(template.Node):
    def __init__(self, name, kwargs, nodelist):
        self.name = name
        self.kwargs = kwargs
        self.nodelist = nodelist

    def render(self, context):
        name = self.name.resolve(context)
        values = {key: value.resolve(context) for key, value in self.kwargs.items()}
        values["body"] = mark_safe(self.nodelist.render(context))  # noqa: S308 - rendered template
        # Like {% include ... only %}: the page's own variables (title, id...) stay out.
        values.setdefault("lang", context.get("lang"))
        values.setdefault("request", context.get("request"))
        tmpl = get_template(f"components/{name}.html")
        return tmpl.template.render(context.new(values))


@register.tag("component")
def do_component(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% component %} needs a component name")
    name = parser.compile_filter(bits[1])
    kwargs = {}
    for bit in bits[2:]:
        key, sep, value = bit.partition("=")
        if not sep:
            raise template.TemplateSyntaxError(f"{{% component %}} takes key=value, not {bit!r}")
        kwargs[key] = parser.compile_filter(value)
    nodelist = parser.parse(("endcomponent",))
    parser.delete_first_token()
    return ComponentNode(name, kwargs, nodelist)


@register.filter
def is_group(field) -> bool:
    return isinstance(getattr(field.field, "widget", None), GROUP_WIDGETS)


@register.filter
def is_checkbox(field) -> bool:
    return isinstance(getattr(field.field, "widget", None), forms.CheckboxInput)


@register.filter
def described(field, hint=""):
    """The widget with aria-describedby (hint, error, any existing ids) and aria-invalid."""
    widget_attrs = field.field.widget.attrs
    ids = [i for i in str(widget_attrs.get("aria-describedby", "")).split() if i]
    if hint:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    attrs = {}
    seen = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    if seen:
        attrs["aria-describedby"] = " ".join(seen)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def nav_current(item, path) -> bool:
    """True when the nav item or one of its children is the page at `path` (fragments ignored)."""
    urls = [item.get("url") or ""] + [c.get("url") or "" for c in item.get("children") or ()]
    return any(u and u.split("#", 1)[0] == path for u in urls)


@register.filter
def split_words(value: str) -> list[str]:
    return str(value).split()

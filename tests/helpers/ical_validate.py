"""Checks iCalendar text with libical, the C library many calendar programs use.

Reads the calendar on standard input; prints one JSON object: whether libical could parse it, the
errors its parser left (X-LIC-ERROR) and, for a calendar with a METHOD, the iTIP restrictions of
RFC 5546 it fails (what libical's restriction check adds as X-LIC-ERROR). Needs Debian's
python3-gi and gir1.2-ical-3.0.
"""
import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I  # noqa: E402


def errors_of(comp):
    found = []
    p = comp.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while p is not None:
        found.append(p.get_xlicerror())
        p = comp.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
    sub = comp.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while sub is not None:
        found.extend(errors_of(sub))
        sub = comp.get_next_component(I.ComponentKind.ANY_COMPONENT)
    return found


text = sys.stdin.read()
try:
    comp = I.Component.new_from_string(text)
except TypeError:
    comp = None
if comp is None:
    print(json.dumps({"parsed": False, "method": False, "itip": False, "errors": ["libical could not parse the calendar"]}))
    sys.exit(0)
method = comp.get_method() if comp.isa() == I.ComponentKind.VCALENDAR_COMPONENT else None
has_method = method is not None and method != I.PropertyMethod.NONE
itip_ok = I.restriction_check(comp) if has_method else True
all_errors = errors_of(comp)
print(json.dumps({
    "parsed": comp.isa() == I.ComponentKind.VCALENDAR_COMPONENT,
    "method": has_method,
    "itip": bool(itip_ok),
    "errors": all_errors,
}))

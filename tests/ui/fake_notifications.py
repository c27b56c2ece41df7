"""A test-only org.freedesktop.Notifications server on a private session bus (jeepney).

Run as `python fake_notifications.py BUS_ADDRESS RECORD_FILE`. Each Notify call is appended
to RECORD_FILE as one JSON line (its D-Bus signature and arguments), so tests read exactly
what the app sent. `org.stillpoint.Test.Invoke(id, key)` makes the server emit
ActionInvoked then NotificationClosed, as a user's click on an action button would.
"""

from __future__ import annotations

import json
import sys

from jeepney import HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import DBusAddress

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTROSPECTION = """<node><interface name="org.freedesktop.Notifications">
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="as" direction="in"/><arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
<arg type="u" direction="out"/></method>
<method name="CloseNotification"><arg type="u" direction="in"/></method>
<method name="GetCapabilities"><arg type="as" direction="out"/></method>
<signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
<signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
</interface></node>"""


def serve(address: str, record: str) -> None:
    conn = open_dbus_connection(bus=address)
    conn.send_and_get_reply(message_bus.RequestName(NAME))
    emitter = DBusAddress(PATH, interface=NAME)
    counter = 0
    print("ready", flush=True)
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        signature = msg.header.fields.get(HeaderFields.signature, "")
        if member == "Notify":
            counter += 1
            with open(record, "a", encoding="utf-8") as out:
                out.write(json.dumps({"signature": signature, "args": list(msg.body[:6]),
                                      "id": counter}) + "\n")
            conn.send(new_method_return(msg, "u", (counter,)))
        elif member == "Invoke":
            ident, key = msg.body
            conn.send(new_signal(emitter, "ActionInvoked", "us", (ident, key)))
            conn.send(new_signal(emitter, "NotificationClosed", "uu", (ident, 2)))
            conn.send(new_method_return(msg))
        elif member == "CloseNotification":
            conn.send(new_signal(emitter, "NotificationClosed", "uu", (msg.body[0], 3)))
            conn.send(new_method_return(msg))
        elif member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["actions", "body"],)))
        elif member == "Introspect":
            conn.send(new_method_return(msg, "s", (INTROSPECTION,)))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2])

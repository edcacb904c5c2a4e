#!/usr/bin/python3
"""A tiny GTK3 window that offers files as a drag source (text/uri-list).

Used by the end-to-end tests to drop files onto the app with a real X
drag-and-drop, driven by xdotool (no window manager needed):

    drag_source.py X Y FILE...    # window at (X, Y); prints "ready" once shown

It quits after the drag ends, or after 60 seconds.
"""
import pathlib
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402


def main() -> None:
    x, y = int(sys.argv[1]), int(sys.argv[2])
    uris = [pathlib.Path(p).resolve().as_uri() for p in sys.argv[3:]]

    window = Gtk.Window(title="drag source")
    window.set_decorated(False)
    window.set_default_size(140, 80)
    window.move(x, y)
    box = Gtk.EventBox()
    box.add(Gtk.Label(label="drag me"))
    window.add(box)

    box.drag_source_set(
        Gdk.ModifierType.BUTTON1_MASK,
        [Gtk.TargetEntry.new("text/uri-list", 0, 0)],
        Gdk.DragAction.COPY,
    )

    def on_get(_widget, _context, data, _info, _time):
        data.set_uris(uris)

    box.connect("drag-data-get", on_get)
    box.connect("drag-end", lambda *_: GLib.timeout_add(500, Gtk.main_quit))
    window.connect("destroy", Gtk.main_quit)

    def on_mapped(*_):
        print("ready", flush=True)

    window.connect("map-event", on_mapped)
    window.show_all()
    GLib.timeout_add_seconds(60, Gtk.main_quit)
    Gtk.main()


if __name__ == "__main__":
    main()

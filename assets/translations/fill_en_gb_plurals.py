#!/usr/bin/env python3
"""Fills the English plural forms in careround_en_GB.ts after lupdate has added new strings.

The source strings are English and need no translation, except plurals written as "%n item(s)":
en_GB gives them "%n item" / "%n items". Run after building the careround_ui_lupdate target:

    cmake --build <build-dir> --target careround_ui_lupdate
    python3 assets/translations/fill_en_gb_plurals.py

Plural entries that already have a finished translation are left as they are.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

TS_FILE = pathlib.Path(__file__).with_name("careround_en_GB.ts")
PLURAL = re.compile(r"(\w+)\(s\)")


def forms(source: str) -> tuple[str, str]:
    singular = PLURAL.sub(lambda m: m.group(1), source)
    plural = PLURAL.sub(lambda m: m.group(1) + "s", source)
    return singular, plural


def main() -> int:
    tree = ET.parse(TS_FILE)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", "")
        if "(s)" not in source:
            print(f"needs a hand-written plural: {source!r}", file=sys.stderr)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS_FILE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    print(f"filled {filled} plural message(s) in {TS_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes the NMEA logs tst_fixrequest replays (GGA + RMC once a second).

The person's home in the tests is HOME; each log places the receiver somewhere near it with a
given HDOP (Qt reports accuracy = 2 x HDOP x 5 m, see location/positionsources.h). Run it again after a change:
    python3 make_nmea.py
"""
import math

HOME = (51.178900, 0.412300)  # a cottage near Goudhurst, Kent (made up)


def checksum(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "%02X" % c


def sentence(body):
    return "$%s*%s\r\n" % (body, checksum(body))


def dm(value, lat):
    hemi = ("N" if value >= 0 else "S") if lat else ("E" if value >= 0 else "W")
    value = abs(value)
    deg = int(value)
    minutes = (value - deg) * 60
    return ("%02d%07.4f" if lat else "%03d%07.4f") % (deg, minutes), hemi


def offset(point, north_m, east_m):
    lat = point[0] + north_m / 111320.0
    lon = point[1] + east_m / (111320.0 * math.cos(math.radians(point[0])))
    return lat, lon


def fix(seconds, point, hdop, valid=True):
    t = "0700%02d.00" % seconds
    if not valid:
        return sentence("GPGGA,%s,,,,,0,00,99.9,,M,,M,," % t) + \
            sentence("GPRMC,%s,V,,,,,,,021126,,,N" % t)
    la, ns = dm(point[0], True)
    lo, ew = dm(point[1], False)
    gga = "GPGGA,%s,%s,%s,%s,%s,1,08,%.1f,61.0,M,47.0,M,," % (t, la, ns, lo, ew, hdop)
    rmc = "GPRMC,%s,A,%s,%s,%s,%s,0.0,0.0,021126,,,A" % (t, la, ns, lo, ew)
    return sentence(gga) + sentence(rmc)


def log(name, fixes):
    with open(name, "w", newline="") as f:
        for i, (point, hdop, valid) in enumerate(fixes):
            f.write(fix(i, point, hdop, valid))


# At the door: a rough first fix (HDOP 15 = 150 m), then good ones 12 m from the home.
near = offset(HOME, 8, -9)
log("inside_radius.nmea", [(near, 15.0, True), (near, 1.2, True), (near, 1.0, True)])
# Parked in the lane 600 m away, good accuracy.
log("outside_radius.nmea", [(offset(HOME, 420, 430), 1.1, True)] * 3)
# Next to the home but the receiver only manages HDOP 40 (400 m).
log("poor_accuracy.nmea", [(near, 40.0, True)] * 3)
# No satellites: sentences arrive, none with a position.
log("no_fix.nmea", [(HOME, 0, False)] * 3)

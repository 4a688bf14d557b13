#!/usr/bin/env python3
"""Draws the installable app's icons (portal-war/src/main/webapp/resources/app/icon-*.png and icon.svg).

A white ring and tick on the theme's primary blue (#1565c0, the same as --primary-color): "hours logged".
The drawing stays inside the middle 60 %, so the PNGs are also valid maskable icons. Plain Python (zlib, no
imaging library), 4x4 supersampling for smooth edges. Run from the repository's root:
    python3 portal-war/src/build/app-icons.py
"""
import math
import struct
import zlib
from pathlib import Path

BLUE = (0x15, 0x65, 0xC0)
WHITE = (0xFF, 0xFF, 0xFF)
OUT = Path(__file__).resolve().parent.parent / "main" / "webapp" / "resources" / "app"
# in a 100 x 100 box
RING_CENTRE, RING_RADIUS, RING_WIDTH = (50.0, 50.0), 27.0, 6.0
TICK = [(38.0, 51.0), (47.0, 60.0), (63.0, 42.0)]
TICK_WIDTH = 7.0


def distance_to_segment(p, a, b):
    ax, ay = a
    bx, by = b
    px, py = p
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def white_at(x, y):
    ring = abs(math.hypot(x - RING_CENTRE[0], y - RING_CENTRE[1]) - RING_RADIUS) <= RING_WIDTH / 2
    tick = any(distance_to_segment((x, y), TICK[i], TICK[i + 1]) <= TICK_WIDTH / 2 for i in range(len(TICK) - 1))
    return ring or tick


def png(size):
    rows = []
    n = 4
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            hits = sum(white_at((i + (a + 0.5) / n) * 100 / size, (j + (b + 0.5) / n) * 100 / size) for a in range(n) for b in range(n))
            f = hits / (n * n)
            row += bytes(round(BLUE[c] * (1 - f) + WHITE[c] * f) for c in range(3))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def svg():
    points = " ".join(f"{x:g},{y:g}" for x, y in TICK)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">'
            f'<rect width="100" height="100" fill="#1565c0"/>'
            f'<circle cx="{RING_CENTRE[0]:g}" cy="{RING_CENTRE[1]:g}" r="{RING_RADIUS:g}" fill="none" stroke="#fff" stroke-width="{RING_WIDTH:g}"/>'
            f'<polyline points="{points}" fill="none" stroke="#fff" stroke-width="{TICK_WIDTH:g}" stroke-linecap="round" stroke-linejoin="round"/>'
            f'</svg>\n')


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        (OUT / f"icon-{size}.png").write_bytes(png(size))
    (OUT / "icon.svg").write_text(svg(), encoding="utf-8")

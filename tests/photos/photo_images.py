"""Image makers for the photo tests: real files written with Pillow."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image

GPS_LAT = (6.0, 10.0, 30.5)
GPS_LON = (106.0, 49.0, 12.25)


def noisy_image(width: int, height: int, seed: int = 1) -> Image.Image:
    """An RGB image with structure (so JPEG sizes and hashes differ per seed)."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (rng.randrange(256), 90, 40))
    pixels = image.load()
    for _ in range(200):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    return image


def make_jpeg(
    path: Path, *, size=(120, 80), seed: int = 1, orientation: int = 1, gps: bool = False
) -> Path:
    """A JPEG, optionally with an EXIF orientation and GPS position."""
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "S", 2: GPS_LAT, 3: "E", 4: GPS_LON}
    noisy_image(*size, seed=seed).save(path, "JPEG", quality=90, exif=exif)
    return path

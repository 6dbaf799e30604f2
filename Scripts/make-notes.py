#!/usr/bin/env python3
"""Writes SIZE megabytes (default 50) of made-up home-care notes to standard output, the same
bytes on every run: citations of the law mixed with dates, amounts, phone and house numbers.

Usage: make-notes.py [SIZE_MB]
"""
import random
import sys

NAMES = ["mevrouw Peeters", "meneer Claes", "Élise", "de dochter", "de huisarts", "Jonas", "oma Rita", "de buurvrouw"]
STREETS = ["Kerkstraat", "Stationslaan", "Molenweg", "Dorpsplein", "Brugsesteenweg"]
CITATIONS = [
    "art. 458bis Sw.", "artikel 422", "art. 458 Sw.", "het spreekrecht", "art. 458ter", "458 bis",
    "artikel 458 van het Strafwetboek", "art. 422bis", "schuldig hulpverzuim", "art. 459", "artt. 458 en 458bis",
    "art. 458, § 1", "Art.458bis", "422 bis", "art. 79 Sw. 2024", "gedeeld beroepsgeheim", "meldplicht",
]
PLAIN = [
    "Ze vertelt dat het thuis moeilijk gaat en vraagt of ik het voor mij wil houden.",
    "Geen acuut gevaar gezien; we spreken af dat ik volgende week terugkom.",
    "De zoon belde om te vragen hoe het met zijn moeder gaat.",
    "Medicatie klaargezet, wonde verzorgd, boodschappen besproken.",
    "Ze wil niet dat ik iets doorvertel aan haar familie.",
]


def line(rng):
    kind = rng.randrange(10)
    name = rng.choice(NAMES)
    if kind < 3:
        return f"Volgens {rng.choice(CITATIONS)} mag ik met {name} spreken; de teamleider verwees naar {rng.choice(CITATIONS)}."
    if kind < 5:
        return (f"Op {rng.randrange(1, 29)}/{rng.randrange(1, 13)}/2026 bij {name}, {rng.choice(STREETS)} "
                f"{rng.randrange(1, 500)}, 9000 Gent (gsm 0470 {rng.randrange(10, 99)} {rng.randrange(10, 99)} 56).")
    if kind < 6:
        return f"Kost van de poetsdienst: € {rng.randrange(20, 900)} per maand, betaald op 2026-0{rng.randrange(1, 10)}-1{rng.randrange(10)}."
    return rng.choice(PLAIN)


def main():
    size = int(float(sys.argv[1]) * 1_000_000) if len(sys.argv) > 1 else 50_000_000
    rng = random.Random(458)
    out = sys.stdout.buffer
    written = 0
    chunk = []
    while written < size:
        encoded = (line(rng) + "\n").encode()
        chunk.append(encoded)
        written += len(encoded)
        if len(chunk) >= 4096:
            out.write(b"".join(chunk))
            chunk = []
    out.write(b"".join(chunk))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes an answers file (for `gps nieuw --antwoorden`) whose case has N stakeholders spread
over every category, tie and direction of support, with a fixed seed, for benchmarks."""
import json
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
rng = random.Random(2026)
categories = ["household", "informal", "services", "organisation", "society"]
ties = ["strong", "weak", "stressful", "broken"]
supports = ["toClient", "fromClient", "both", "none"]
first = ["An", "Bram", "Chloë", "Dries", "Eva", "Fatima", "Gert", "Hanne", "Ilias", "Jana", "Kobe", "Lotte"]
people = [{"name": "Mama", "relation": "de cliënt", "category": "client"}]
for number in range(1, count):
    category = categories[number % len(categories)]
    person = {
        "name": f"{rng.choice(first)} {number}",
        "relation": rng.choice(["buur", "tante", "school", "OCMW", "collega", "parket"]),
        "category": category,
        "tie": rng.choice(ties),
        "support": rng.choice(supports),
    }
    if category in ("services", "organisation", "society"):
        person["context"] = rng.choice(["voluntary", "forced"])
    if category != "household":
        person["familyKnows"] = rng.random() < 0.8
    people.append(person)
print(json.dumps({"title": f"Netwerk van {count}", "date": "2026-11-20", "route": "gps",
                  "answers": {"hamvraag": "Wie staat er rond dit gezin?", "betrokkenen": people}},
                 ensure_ascii=False, indent=1))

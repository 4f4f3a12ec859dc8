"""Benchmark of the panel checker: a 10,000-person programme parsed and audited.

Run by hand: `uv run python bench/panels_bench.py`. Prints the median of several runs for
each step and its ratio to a baseline measured in the same run (plain csv.reader over the
same bytes, decoded). Target: parse + audit under 200 ms. The name-based estimate is
measured separately: with nomquamgender when it is installed, and with a stand-in scorer
(a dictionary lookup) to show the engine's own overhead.
"""

from __future__ import annotations

import csv
import io
import random
import statistics
import time

from allykit.panelaudit import audit, parse_table
from allykit.panelaudit.chart import chart_svg
from allykit.panelaudit.estimate import default_scorer, estimate_names
from allykit.panelaudit.export import summary_csv

PEOPLE = 10_000
RUNS = 7
GIVEN = ["Jane", "Maria", "John", "Jean", "Sasha", "Wei", "Ngozi", "Ahmed", "Chloé", "Luc"]


def programme(n: int = PEOPLE, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Séance", "Nom", "Rôle", "Genre", "Racisé", "Stade de carrière"])
    roles = ["Panéliste"] * 6 + ["Modératrice", "Conférencier", "Keynote", "plénière"]
    genders = ["Femme", "Homme", "H", "F", "non-binaire", "", "Man", "Woman"]
    for i in range(n):
        writer.writerow(
            [
                f"Séance {i // 5 + 1}",
                f"{rng.choice(GIVEN)} Person{i}",
                rng.choice(roles),
                rng.choice(genders),
                rng.choice(["oui", "non", ""]),
                rng.choice(["début", "mi-carrière", "senior", ""]),
            ]
        )
    return out.getvalue().encode("windows-1252")


def frab_export(target_bytes: int = 2 * 1024 * 1024, seed: int = 11) -> bytes:
    """A frab/pretalx-style schedule of about `target_bytes`, with the fields real exports
    carry (abstract, description, links), about 900 sessions like the congress in issue 18."""
    rng = random.Random(seed)
    types = ["Talk", "Talk", "Talk", "Panel discussion", "Workshop", "Keynote", "Lightning talk"]
    words = "care data team patient safety ward shift clinic research equity access".split()
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<schedule><conference><title>Bench'
        "</title></conference>"
    ]
    size, n, day = 0, 0, 0
    while size < target_bytes:
        day += 1
        parts.append(f'<day index="{day}" date="2026-01-{day:02d}">')
        for room in range(6):
            parts.append(f'<room name="Room {room}">')
            for _ in range(25):
                n += 1
                text = " ".join(rng.choice(words) for _ in range(120))
                persons = "".join(
                    f'<person id="{rng.randrange(99999)}">{rng.choice(GIVEN)} P{n}{k}</person>'
                    for k in range(rng.choice([1, 1, 1, 2, 3, 4]))
                )
                event = (
                    f'<event guid="g-{n}" id="{n}"><date>2026-01-{day:02d}T09:00:00</date>'
                    f"<start>09:00</start><duration>00:30</duration><room>Room {room}</room>"
                    f"<slug>s-{n}</slug><title>Session {n}</title><subtitle/><track>T</track>"
                    f"<type>{rng.choice(types)}</type><language>en</language>"
                    f"<abstract>{text[:300]}</abstract><description>{text}</description>"
                    f"<persons>{persons}</persons><links/><attachments/></event>"
                )
                parts.append(event)
                size += len(event)
            parts.append("</room>")
        parts.append("</day>")
    parts.append("</schedule>")
    return "".join(parts).encode()


def timed(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    data = programme()
    baseline = timed(
        lambda: list(csv.reader(io.StringIO(data.decode("windows-1252")), delimiter=";"))
    )
    parse = timed(lambda: parse_table(data, "programme.csv"))
    program = parse_table(data, "programme.csv")
    count = timed(lambda: audit(program, "parity"))
    both = timed(lambda: audit(parse_table(data, "programme.csv"), "parity"))
    result = audit(program)
    outputs = timed(lambda: (summary_csv(result, "fr"), chart_svg(result, "fr")))
    print(
        f"programme: {len(program.people):,} people, {len(program.sessions):,} sessions, "
        f"{len(data) / 1024:.0f} KiB (Windows-1252, semicolons)"
    )
    print(f"baseline csv.reader (decode + split):  {baseline:7.1f} ms  1.0x")
    print(f"parse_table:                           {parse:7.1f} ms  {parse / baseline:.1f}x")
    print(f"audit:                                 {count:7.1f} ms  {count / baseline:.1f}x")
    print(
        f"parse + audit:                         {both:7.1f} ms  {both / baseline:.1f}x  "
        f"(target < 200 ms: {'met' if both < 200 else 'NOT met'})"
    )
    print(f"CSV summary + SVG chart:               {outputs:7.1f} ms")
    frab = frab_export()
    frab_parse = timed(lambda: parse_table(frab, "schedule.xml"))
    frab_program = parse_table(frab, "schedule.xml")
    print(
        f"frab XML {len(frab) / 1024 / 1024:.1f} MB, {len(frab_program.sessions):,} sessions: "
        f"parse {frab_parse:7.1f} ms  {frab_parse / baseline:.1f}x  "
        f"(target < 150 ms: {'met' if frab_parse < 150 else 'NOT met'})"
    )
    table = {
        "jane": 0.99,
        "maria": 0.98,
        "john": 0.01,
        "jean": 0.48,
        "sasha": 0.68,
        "wei": 0.25,
        "ngozi": 0.94,
        "ahmed": 0.01,
        "chloé": 0.99,
        "luc": 0.01,
    }

    def stand_in(names):
        return [table.get(n.split()[0].lower()) for n in names]

    stub = timed(lambda: estimate_names(program, scorer=stand_in))
    print(f"estimate, stand-in scorer:             {stub:7.1f} ms  {stub / baseline:.1f}x")
    scorer = default_scorer()
    if scorer is None:
        print("estimate, nomquamgender:               unavailable (not installed)")
    else:
        start = time.perf_counter()
        scorer = default_scorer()  # includes loading the model
        load = (time.perf_counter() - start) * 1000
        real = timed(lambda: estimate_names(program, scorer=scorer), runs=3)
        print(f"estimate, nomquamgender:               {real:7.1f} ms  (model load {load:.0f} ms)")


if __name__ == "__main__":
    main()

"""Local CRM benchmark: CSV import of 100,000 contacts, then paged search and sort on them.

Prints figures (make bench); asserts nothing about time.
"""

from __future__ import annotations

import time
from pathlib import Path

from runtime.crm.local import LocalCrm
from runtime.store.db import open_database

N = 100_000
CITIES = ["Madrid", "Sevilla", "Málaga", "Bilbao", "Lima", "Bogotá", "Quito", "Córdoba"]
NAMES = ["José", "Ana", "Lucía", "Martín", "Sofía", "Diego", "Elena", "Pablo", "Carmen", "Andrés"]


def _csv(path: Path, n: int) -> None:
    lines = ["Nombre;Apellidos;Correo electrónico;Empresa;Ciudad;Etiquetas"]
    for i in range(n):
        lines.append(f"{NAMES[i % 10]};Muñoz{i};c{i}@ejemplo.es;Empresa {i % 500};{CITIES[i % 8]};"
                     f"{'vip' if i % 7 == 0 else ''}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_import_and_search_100k(tmp_path: Path) -> None:
    csv = tmp_path / "big.csv"
    _csv(csv, N)
    db = open_database(str(tmp_path / "bench.db"))
    crm = LocalCrm(db)
    t0 = time.perf_counter()
    report = crm.import_csv(csv)
    t_import = time.perf_counter() - t0
    assert report.created == N
    print(f"\nCSV import {N:,} new contacts: {t_import:.1f} s ({N / t_import:,.0f} rows/s)")
    t0 = time.perf_counter()
    again = crm.import_csv(csv)
    t_reimport = time.perf_counter() - t0
    print(f"CSV re-import {N:,} unchanged contacts: {t_reimport:.1f} s ({N / t_reimport:,.0f} rows/s); "
          f"updated={again.updated}")
    cases = [("first page by id", {}), ("sort last_name desc, page 1000", {"sort": "last_name", "descending": True,
                                                                          "offset": 50_000}),
             ("sort company", {"sort": "company"}), ("search 'jose muñoz1'", {"text": "jose muñoz1"}),
             ("search 'nadie'", {"text": "nadie"}), ("tag vip", {"tag": "vip"})]
    for label, options in cases:
        text = options.pop("text", "")
        best = min(_timed(crm, text, options) for _ in range(3))
        print(f"search {label:<32} {best * 1000:7.1f} ms (page of 50 + total)")
    db.dispose()


def _timed(crm: LocalCrm, text: str, options: dict) -> float:
    t0 = time.perf_counter()
    page = crm.search(text, limit=50, **options)
    assert page.total >= 0
    return time.perf_counter() - t0

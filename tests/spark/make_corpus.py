"""Writes a corpus of real-looking news records as JSON Lines, for the Spark test.

The articles are the test fixtures (tests/fixtures/articles: ten languages, as
text and as HTML pages), each given an id, a web address and a publication
date, most of them again with a line of their own (a few pages' copies are
still the same text, as in a crawl: the load skips them); a few records are broken the ways a crawl's export is: not JSON, no
text, a bad date, a text that is not a string.

  python3 make_corpus.py FIXTURES_DIR OUT.jsonl [COUNT]
"""

import json
import pathlib
import random
import re
import sys


def main(fixtures, out, count):
    rng = random.Random(16)
    articles = []
    for path in sorted(pathlib.Path(fixtures).glob("*")):
        if path.suffix not in (".txt", ".html"):
            continue
        try:
            body = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue  # the encoding fixtures: a corpus export is UTF-8
        articles.append((path.stem, "html" if path.suffix == ".html" else "text", body))
    lines = []
    for i in range(count):
        stem, field, body = articles[i % len(articles)]
        if i >= len(articles):
            copy = f"Archive copy {i}."
            if field == "html":
                body = re.sub(r"(<p[^>]*>)", lambda m: m.group(1) + copy + " ", body, count=1)
            else:
                body = f"{body}\n\n{copy}"
        day = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
        record = {"id": f"{stem}-{i}", field: body, "url": f"https://news.example.net/{stem}/{i}"}
        if rng.random() < 0.9:
            record["published"] = day
        lines.append(json.dumps(record, ensure_ascii=False))
    broken = [
        "{not json at all",
        json.dumps({"id": "no-text", "published": "2024-01-01"}),
        json.dumps({"id": "bad-date", "text": "Ships near Kunashir.", "published": "yesterday"}),
        json.dumps({"id": "number-text", "text": 42}),
        json.dumps({"id": "empty-text", "text": ""}),
    ]
    for k, line in enumerate(broken):
        lines.insert((k + 1) * len(lines) // (len(broken) + 1), line)
    pathlib.Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} records ({len(broken)} broken) in {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 300)

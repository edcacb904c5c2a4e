"""Checks what the Spark job wrote against `atlas link --jsonl` run directly,
and the library `atlas ingest --results` made from it.

  python check.py WORK   (WORK holds direct.jsonl, out/, ingest.jsonl, excerpts.json)

Prints 'N passed, N failed' and exits 1 if a check failed.
"""

import json
import pathlib
import sys

from pyspark.sql import SparkSession

work = pathlib.Path(sys.argv[1])
passed, failed = 0, 0


def check(name, ok, detail=""):
    global passed, failed
    print(f"{'ok' if ok else 'FAILED'}: {name}{'' if ok else ' ' + detail}")
    passed, failed = passed + ok, failed + (not ok)


def read_lines(paths):
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


direct = read_lines([work / "direct.jsonl"])
spark_lines = read_lines(sorted((work / "out" / "results").glob("part-*")))
corpus_records = sum(1 for line in (work / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())

check("one result line per record", len(spark_lines) == len(direct) == corpus_records,
      f"spark {len(spark_lines)}, direct {len(direct)}, corpus {corpus_records}")
linked_direct = sorted(json.dumps(r, sort_keys=True) for r in direct if "error" not in r)
linked_spark = sorted(json.dumps(r, sort_keys=True) for r in spark_lines if "error" not in r)
check("the linked records are the same as atlas gives directly", linked_direct == linked_spark,
      f"{len(linked_spark)} vs {len(linked_direct)}")
errors_direct = sorted(str(r.get("id")) for r in direct if "error" in r)
errors_spark = sorted(str(r.get("id")) for r in spark_lines if "error" in r)
check("the broken records are reported, not dropped", errors_direct == errors_spark and len(errors_spark) >= 5,
      f"{errors_spark} vs {errors_direct}")
languages = {r["language"] for r in direct if "error" not in r}
check("the corpus is in several languages", len(languages) >= 5, str(languages))

spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").getOrCreate()
mentions = spark.read.parquet(str(work / "out" / "mentions"))
events = spark.read.parquet(str(work / "out" / "events"))
want_mentions = sum(len(r["mentions"]) for r in direct if "error" not in r)
want_events = sum(len(r["events"]) for r in direct if "error" not in r)
got_mentions, got_events = mentions.count(), events.count()
check("a Parquet row per mention", got_mentions == want_mentions > 0, f"{got_mentions} vs {want_mentions}")
check("a Parquet row per event", got_events == want_events > 0, f"{got_events} vs {want_events}")
check("the rows carry the article's id, url and published date",
      {"id", "url", "published", "feature", "start", "end"} <= set(mentions.columns)
      and {"id", "url", "published", "date", "places", "sentence"} <= set(events.columns)
      and mentions.where("url is null or id is null").count() == 0,
      f"{mentions.columns} / {events.columns}")
per_article = {r["id"]: len(r["mentions"]) for r in direct if "error" not in r}
sample = mentions.groupBy("id").count().collect()
check("mentions per article match", all(per_article.get(row["id"]) == row["count"] for row in sample),
      str(sample[:3]))
spark.stop()

ingest = read_lines([work / "ingest.jsonl"])
kinds = {}
for line in ingest:
    kinds[line["kind"]] = kinds.get(line["kind"], 0) + 1
check("every result line is loaded or reported", len(ingest) == len(spark_lines), f"{len(ingest)} vs {len(spark_lines)}")
# A text stored already (the same words, whitespace aside) is a duplicate.
texts = {}
for r in spark_lines:
    if "error" not in r:
        texts.setdefault(" ".join(r["text"].split()), r)
check("the linked records are stored, each text once",
      kinds.get("done", 0) == len(texts) and kinds.get("failed", 0) == len(errors_spark)
      and kinds.get("duplicate", 0) == len(linked_spark) - len(texts), f"{kinds}, {len(texts)} texts")
excerpts = json.loads((work / "excerpts.json").read_text(encoding="utf-8"))
stored_kunashir = [r for r in texts.values() if any(m["feature"] == "kunashir" for m in r["mentions"])]
# Every article naming Kunashir, and those naming only a place on it.
check("atlas excerpts reads the library", len(texts) >= len(excerpts) >= len(stored_kunashir) > 0
      and all(e["excerpts"] for e in excerpts), f"{len(excerpts)} vs {len(stored_kunashir)}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

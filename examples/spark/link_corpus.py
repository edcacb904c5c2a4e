"""Link a news corpus on Apache Spark with the `atlas` binary as a streaming stage.

Reads a corpus (JSON Lines, or Parquet with the same columns: id, text or html,
published, url), runs `atlas link --jsonl --with-text` over each partition with
RDD.pipe() (the binary is shipped to the workers like any Spark file), and writes

  OUT/results/   the result lines, JSON Lines (part-* files): `atlas ingest --results`
  OUT/mentions/  Parquet, one row per mention, with the article's id, url, published
  OUT/events/    Parquet, one row per event (its places as a list), likewise

  spark-submit --master local[2] --files target/release/atlas \
      examples/spark/link_corpus.py --input corpus.jsonl --output out/

The packs are compiled into the binary: nothing else needs shipping. A record
that cannot be linked comes back as an error line ({"id", "line", "error"});
it is counted and kept in the results, and has no rows in the Parquet output.
"""

import argparse
import json
import os
import sys
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

MENTION = T.StructType(
    [
        T.StructField("feature", T.StringType()),
        T.StructField("pack", T.StringType()),
        T.StructField("kind", T.StringType()),
        T.StructField("island", T.StringType()),
        T.StructField("start", T.LongType()),
        T.StructField("end", T.LongType()),
        T.StructField("text", T.StringType()),
    ]
)
EVENT = T.StructType(
    [
        T.StructField("date", T.StringType()),
        T.StructField("places", T.ArrayType(T.StringType())),
        T.StructField("sentence", T.StringType()),
        T.StructField("start", T.LongType()),
        T.StructField("end", T.LongType()),
        T.StructField("relative", T.BooleanType()),
        T.StructField("planned", T.BooleanType()),
        T.StructField("dated_by", T.StringType()),
    ]
)
# A result line as `atlas link --jsonl` writes it (the text is not needed here).
RESULT = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("url", T.StringType()),
        T.StructField("title", T.StringType()),
        T.StructField("published", T.StringType()),
        T.StructField("language", T.StringType()),
        T.StructField("mentions", T.ArrayType(MENTION)),
        T.StructField("events", T.ArrayType(EVENT)),
        T.StructField("error", T.StructType([T.StructField("code", T.StringType())])),
    ]
)
CORPUS_COLUMNS = ["id", "text", "html", "published", "url", "language"]


def corpus_lines(spark, path, input_format, partitions):
    """The corpus as JSON lines, one record each, in `partitions` partitions."""
    if input_format == "parquet":
        frame = spark.read.parquet(path)
        columns = [c for c in CORPUS_COLUMNS if c in frame.columns]
        lines = frame.select(*columns).toJSON()
    else:
        # Lines are handed to atlas as they are: a broken one gives an error line.
        lines = spark.sparkContext.textFile(path).filter(lambda line: line.strip())
    return lines.repartition(partitions) if partitions else lines


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="corpus: JSON Lines file(s) or Parquet")
    parser.add_argument("--output", required=True, help="folder to write results/, mentions/, events/ in")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default=None,
                        help="input format (default: from the name, else jsonl)")
    parser.add_argument("--atlas", default=None,
                        help="the atlas binary, when not shipped with spark-submit --files")
    parser.add_argument("--partitions", type=int, default=0,
                        help="repartition the corpus (default: as read)")
    parser.add_argument("--pack", action="append", default=[],
                        help="a built-in pack id to link against (repeat; default: all)")
    args = parser.parse_args(argv)
    input_format = args.format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl")

    spark = SparkSession.builder.appName("atlas link_corpus").getOrCreate()
    sc = spark.sparkContext
    if args.atlas:
        sc.addFile(os.path.abspath(args.atlas))
    # Shipped files land in the executor's working folder on a cluster, and in
    # SparkFiles' folder in local mode: the command is looked up in both.
    path = os.pathsep.join([SparkFiles.getRootDirectory(), ".", os.environ.get("PATH", "")])
    command = "atlas link --jsonl --with-text" + "".join(f" --pack {p}" for p in args.pack)

    started = time.time()
    lines = corpus_lines(spark, args.input, input_format, args.partitions)
    results = lines.pipe(command, env={"PATH": path})
    results_dir = os.path.join(args.output, "results")
    results.saveAsTextFile(results_dir)

    # The Parquet tables come from the results as written (atlas runs once).
    linked = spark.read.schema(RESULT).json(results_dir)
    ok = linked.where(F.col("error").isNull())
    article = [F.col("id"), F.col("url"), F.col("published").cast("date").alias("published"),
               F.col("language")]
    mentions = ok.select(*article, F.explode("mentions").alias("m")).select(
        "id", "url", "published", "language",
        *[F.col(f"m.{f.name}").alias(f.name) for f in MENTION.fields])
    events = ok.select(*article, F.explode("events").alias("e")).select(
        "id", "url", "published", "language",
        *[F.col(f"e.{f.name}").alias(f.name) for f in EVENT.fields])
    mentions.write.parquet(os.path.join(args.output, "mentions"))
    events.write.parquet(os.path.join(args.output, "events"))

    counts = linked.agg(
        F.count(F.lit(1)).alias("records"),
        F.count("error").alias("failed"),
    ).first()
    seconds = time.time() - started
    summary = {
        "records": counts["records"],
        "linked": counts["records"] - counts["failed"],
        "failed": counts["failed"],
        "mentions": spark.read.parquet(os.path.join(args.output, "mentions")).count(),
        "events": spark.read.parquet(os.path.join(args.output, "events")).count(),
        "partitions": lines.getNumPartitions(),
        "seconds": round(seconds, 2),
        "articles_per_second": round(counts["records"] / seconds, 1) if seconds else None,
    }
    print(json.dumps(summary))
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])

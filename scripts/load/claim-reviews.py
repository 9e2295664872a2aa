#!/usr/bin/env python3
"""Writes a schema.org ClaimReview DataFeed of new reviews for scripts/load.sh's import workload.

    claim-reviews.py COUNT TAG > feed.json

Each review has a url no earlier run used (TAG, a run's tag, and the review's number), so the import
registers or attaches it rather than finding it unchanged; its claim is a new sentence of the same shape
the register workload sends (place, asset, buyer, amount, year), with numbers of its own, as a fact-checker's
feed is mostly claims the desk has not seen. Five organisations, so the first reviews add their sources.
"""
import json
import random
import sys

PLACES = ["Tessaly", "Vantor", "Kelvara", "Ostrel", "Morvane", "Paldor", "Quarn", "Velmora"]
THINGS = ["water utility", "harbour", "power plant", "airport", "hospital", "school district"]
BUYERS = ["a private fund", "a foreign bank", "the mayor's brother", "a shipping firm"]
ORGANISATIONS = ["Desk One", "Fact Finders", "Verify Team", "Truth Meter", "Check Point"]
LABELS = {1: "False", 2: "Mostly false", 3: "Mixture", 4: "Mostly true", 5: "True"}


def review(tag: str, n: int, rng: random.Random) -> dict:
    organisation = ORGANISATIONS[n % len(ORGANISATIONS)]
    host = organisation.lower().replace(" ", "-") + ".example"
    claim = "The council of %s sold the %s to %s for %d million euros in %d" % (
        rng.choice(PLACES), rng.choice(THINGS), rng.choice(BUYERS), rng.randint(10, 99_999), rng.randint(1950, 2026))
    rating = rng.randint(1, 5)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://%s/review/%s-%d" % (host, tag, n),
        "claimReviewed": claim,
        "headline": "Fact check: " + claim,
        "datePublished": "2026-11-02",
        "author": {"@type": "Organization", "name": organisation, "url": "https://" + host},
        "reviewRating": {"@type": "Rating", "ratingValue": rating, "bestRating": 5, "worstRating": 1,
                         "alternateName": LABELS[rating]},
    }


def main() -> None:
    count, tag = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(tag)
    feed = {"@context": "https://schema.org", "@type": "DataFeed",
            "dataFeedElement": [review(tag, n, rng) for n in range(count)]}
    json.dump(feed, sys.stdout)


if __name__ == "__main__":
    main()

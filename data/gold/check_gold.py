"""Sanity checks for the gold evaluation set (standard library only).

    python data/gold/check_gold.py            # from the repository root

Checks that every line parses, ids are unique, relations and phenomenon tags are from
the closed lists, every label is either a gazetteer ``label_it`` or one of the declared
non-gazetteer labels below (so a gazetteer actor is never written with a variant name),
symmetric pairs are listed once, no claim is both a triple and excluded, and every
leaderOf triple matches an office the gazetteer records for that date (a warning only). Prints the counts
per relation and per phenomenon.
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GAZETTEER = HERE.parent / "gazetteer" / "actors.jsonl"

RELATIONS = ["leaderOf", "memberOf", "partOf", "basedIn", "locatedIn", "capitalOf",
             "meetsWith", "visits", "attends", "praises", "cooperatesWith", "signsAgreementWith",
             "mediates", "providesAidTo", "suppliesWeaponsTo", "deploysTroopsTo", "tradesWith",
             "criticizes", "threatens", "opposes", "sanctions", "attacks", "orders", "produces", "tests"]
STRUCTURAL = {"memberOf", "partOf", "basedIn", "locatedIn", "capitalOf"}
SYMMETRIC = {"meetsWith", "cooperatesWith", "signsAgreementWith", "tradesWith"}
PHENOMENA = ["active", "passive", "coordination", "apposition", "relative", "metonymy", "role",
             "demonym", "zero-subject", "pronoun", "nominal", "conditional", "reported",
             "negation", "request", "future"]
MODAL_TAGS = {"negation", "request", "future"}

# Labels deliberately not in the gazetteer: weapons (singular lemma), events, places and
# organisations the gazetteer does not list. Anything else must be a gazetteer label_it.
NON_GAZETTEER = {
    "weapon": {"missile", "drone", "proiettile", "elicottero", "carro armato", "caccia"},
    "event": {"parata militare di Pechino", "parata per l'anniversario dell'armistizio",
              "conferenza sulla ricostruzione dell'Ucraina", "vertice del G20 di Johannesburg",
              "vertice dei BRICS di Kazan", "parata della Vittoria", "vertice della SCO di Tianjin",
              "vertice della NATO dell'Aia", "funerali di papa Francesco", "esercitazioni Zapad-2025",
              "vertice del G7 in Puglia", "messa di inizio pontificato di Leone XIV",
              "cerimonia di insediamento di Trump", "vertice per la pace in Ucraina",
              "funerali della regina Elisabetta II", "vertice Ue-Cina di Pechino",
              "vertice della NATO di Washington", "vertice del G7 di Hiroshima", "vertice della Lega araba di Gedda",
              "vertice dei BRICS di Rio de Janeiro", "vertice dell'APEC di Gyeongju",
              "vertice per la pace di Sharm el-Sheikh", "vertice della CSI di Dushanbe",
              "vertice Ue-Regno Unito di Londra", "vertice del G7 di Kananaskis",
              "parata per gli ottant'anni del Partito dei lavoratori di Corea",
              "commemorazione dei 1700 anni del Concilio di Nicea", "giuramento del presidente Masoud Pezeshkian",
              "cerimonia di insediamento di Claudia Sheinbaum", "vertice trilaterale di Seul", "vertice C5+1"},
    "place": {"Alaska", "Anchorage", "Tatarstan", "stabilimento di Alabuga", "Wonsan", "Unterlüß",
              "Bassa Sassonia", "base spaziale di Pituffik", "Sudzha", "Leopoli",
              "Cabo Delgado", "Sebastopoli", "Busan", "Camp David", "Maryland", "Soči", "Bürgenstock", "Derna",
              "base di Vandenberg", "California", "Woodside", "Pahalgam", "Nord Kivu", "Murmansk",
              "Chabahar", "Kilis", "Natanz", "base di Al Udeid", "Fordow", "Przewodów", "El Fasher", "Nord Darfur",
              "poligono di Shizunai", "Hokkaido", "ospedale al-Ahli", "Tower 22", "base di Ämari", "Transnistria",
              "Camp Geille", "poligono di Biscarrosse", "Landes"},
    "organisation": {"Rheinmetall", "Lukoil", "Fatah", "Fronte popolare di liberazione del Tigray", "Iran Air", "Roketsan", "Baykar", "Hyundai Rotem",
                     "Hanwha Ocean", "Dassault Aviation", "Cedeao"},
    "person": {"Itamar Ben-Gvir", "Bezalel Smotrich", "Nancy Pelosi", "Bidzina Ivanishvili", "Jared Kushner", "Bartolomeo",
               "Marcin Romanowski", "Jorge Glas"},
}
OBJECT_RELATIONS = {"orders", "produces", "tests"}
COVERING = {"dev.jsonl", "test.jsonl"}  # parts that must hold every relation and phenomenon


def load_gazetteer():
    actors = [json.loads(line) for line in GAZETTEER.open(encoding="utf-8")]
    labels = {a["label_it"]: a for a in actors}
    variants = {}
    for a in actors:
        for n in a["names"] + a["metonyms"]:
            if n != a["label_it"]:
                variants.setdefault(n.lower(), a["label_it"])
    return labels, variants


def holds_leader_office(actor, target_id, date):
    for o in actor["offices"]:
        if o["country"] != target_id or o["role"] not in {"leader", "head_of_state", "head_of_government"}:
            continue
        if o["start"] <= date and (o["end"] is None or date < o["end"]):
            return True
    return False


def check(path, labels, variants, errors, seen_ids, seen_texts):
    rel_count, phen_count, excl_count = Counter(), Counter(), Counter()
    items = 0
    allowed = set().union(*NON_GAZETTEER.values())
    for n, line in enumerate(path.open(encoding="utf-8"), 1):
        where = f"{path.name}:{n}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: not JSON ({e})")
            continue
        items += 1
        for key in ("id", "date", "text", "triples", "phenomena"):
            if key not in item:
                errors.append(f"{where}: missing {key}")
        iid = item.get("id")
        if iid in seen_ids:
            errors.append(f"{where}: duplicate id {iid}")
        seen_ids.add(iid)
        text = item.get("text", "")
        if text in seen_texts:
            errors.append(f"{where}: duplicate text")
        seen_texts.add(text)
        if len(text.split()) > 60:
            errors.append(f"{where}: text has {len(text.split())} words")
        tags = item.get("phenomena", [])
        for t in tags:
            if t not in PHENOMENA:
                errors.append(f"{where}: unknown phenomenon {t!r}")
        phen_count.update(set(tags))
        triples = item.get("triples", [])
        excluded = item.get("excluded", [])
        if excluded and not (MODAL_TAGS & set(tags)):
            errors.append(f"{where}: excluded claims but no negation/request/future tag")
        keys = set()
        for kind, group in (("triple", triples), ("excluded", excluded)):
            for t in group:
                if not (isinstance(t, list) and len(t) == 3 and all(isinstance(x, str) and x for x in t)):
                    errors.append(f"{where}: malformed {kind} {t!r}")
                    continue
                s, r, o = t
                if r not in RELATIONS:
                    errors.append(f"{where}: unknown relation {r!r}")
                ends = [s] if r in OBJECT_RELATIONS else [s, o]
                if r in OBJECT_RELATIONS and o not in NON_GAZETTEER["weapon"]:
                    errors.append(f"{where}: {r} object {o!r} is not a declared weapon lemma")
                for label in ends:
                    if label not in labels and label not in allowed:
                        hint = variants.get(label.lower())
                        errors.append(f"{where}: label {label!r} not in gazetteer"
                                      + (f" (did you mean {hint!r}?)" if hint else ""))
                key = (frozenset((s, o)), r) if r in SYMMETRIC else (s, r, o)
                if key in keys:
                    errors.append(f"{where}: {kind} {t!r} listed twice (or both ways)")
                keys.add(key)
                if kind == "triple":
                    rel_count[r] += 1
                else:
                    excl_count[r] += 1
                if kind == "triple" and r == "leaderOf" and s in labels and o in labels:
                    if not holds_leader_office(labels[s], labels[o]["id"], item["date"]):
                        # a warning, not an error: the text may describe the office held at the
                        # time of the reported event (Sinwar, "leader di Hamas", killed the day before)
                        print(f"WARNING {where}: gazetteer has no leader office of {s} in {o} on {item['date']}")
    return items, rel_count, phen_count, excl_count


def main():
    labels, variants = load_gazetteer()
    errors, seen_ids, seen_texts = [], set(), set()
    ok = True
    parts = ["dev.jsonl", *(f"dev{n}.jsonl" for n in range(2, 19)), "test.jsonl"]
    for name in parts:
        items, rels, phens, excl = check(HERE / name, labels, variants, errors, seen_ids, seen_texts)
        print(f"== {name}: {items} items, {sum(rels.values())} triples, {sum(excl.values())} excluded")
        print("  relations:  " + ", ".join(f"{r} {rels[r]}" for r in RELATIONS))
        print("  excluded:   " + ", ".join(f"{r} {c}" for r, c in sorted(excl.items())))
        print("  phenomena:  " + ", ".join(f"{p} {phens[p]}" for p in PHENOMENA))
        missing = [r for r in RELATIONS if r not in STRUCTURAL and rels[r] < 1]
        thin = [p for p in PHENOMENA if phens[p] < 2]
        covering = name in COVERING  # the extra dev parts need not cover everything
        if missing:
            ok = ok and not covering
            print(f"  MISSING relations: {missing}")
        if thin:
            ok = ok and not covering
            print(f"  phenomena with fewer than 2 items: {thin}")
    for e in errors:
        print("ERROR", e)
    if errors or not ok:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

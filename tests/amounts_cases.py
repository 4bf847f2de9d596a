"""Fictional news sentences with every amount they hold, for tests/test_amounts*.py.

Each case: (sentence, [(text, value, unit, object, qualifier), ...]). `value` is the lower
bound of a range; a range's upper bound is checked in test_amounts.py separately.
An empty list means the sentence holds numbers that are not amounts.
"""

from __future__ import annotations

Expected = tuple[str, float | None, str, str | None, str | None]

CASES: list[tuple[str, list[Expected]]] = [
    # counts with what they count
    (
        "More than 3 million refugees have fled Veldoria since the fighting began, the agency said.",
        [("More than 3 million refugees", 3_000_000, "count", "refugees", "more than")],
    ),
    (
        "Nearly two million people were displaced by the floods in the Karsk valley.",
        [("Nearly two million people", 2_000_000, "count", "people", "nearly")],
    ),
    (
        "The cyclone forced 2,50,000 residents of coastal Ranipur to leave their homes.",
        [("2,50,000 residents", 250_000, "count", "residents", None)],
    ),
    (
        "Officials in Kirov said more than 3 million displaced have now returned.",
        [("more than 3 million displaced", 3_000_000, "count", "displaced", "more than")],
    ),
    (
        "At least 5,000 people have been killed since March, Interior Minister Piet Halden said.",
        [("At least 5,000 people", 5_000, "count", "people", "at least")],
    ),
    (
        "Thousands of protesters gathered outside the palace on Sunday.",
        [("Thousands of protesters", None, "count", "protesters", None)],
    ),
    (
        "Hundreds of thousands of people marched through the capital of Veldoria.",
        [("Hundreds of thousands of people", None, "count", "people", None)],
    ),
    (
        "Tens of thousands of workers joined the general strike called by the Ostrov union.",
        [("Tens of thousands of workers", None, "count", "workers", None)],
    ),
    (
        "Two dozen police officers were injured in the clashes, the ministry said.",
        [("Two dozen police officers", 24, "count", "police officers", None)],
    ),
    (
        "Some 1,200 soldiers crossed the border overnight, according to the Harbour Gazette.",
        [("Some 1,200 soldiers", 1_200, "count", "soldiers", "some")],
    ),
    (
        "Forty-two miners remain trapped underground near Belsk.",
        [("Forty-two miners", 42, "count", "miners", None)],
    ),
    (
        "A hundred volunteers arrived in the village to help clear the debris.",
        [("A hundred volunteers", 100, "count", "volunteers", None)],
    ),
    (
        "Between 200 and 300 workers walked out of the Dorn shipyard.",
        [("Between 200 and 300 workers", 200, "count", "workers", "between")],
    ),
    (
        "Organisers said 10-15 people were arrested after the match.",
        [("10-15 people", 10, "count", "people", None)],
    ),
    (
        "Dozens of homes were destroyed when the river burst its banks.",
        [("Dozens of homes", None, "count", "homes", None)],
    ),
    (
        "The quake left about 45,000 Veldorian families without shelter.",
        [("about 45,000 Veldorian families", 45_000, "count", "families", "about")],
    ),
    (
        "Up to 800 migrants were rescued off the coast, coastguard spokeswoman Lena Marsh said.",
        [("Up to 800 migrants", 800, "count", "migrants", "up to")],
    ),
    (
        "Fewer than 50 journalists were allowed into the courtroom.",
        [("Fewer than 50 journalists", 50, "count", "journalists", "fewer than")],
    ),
    (
        "Almost half a million tourists visited Port Ansel last year.",
        [("Almost half a million tourists", 500_000, "count", "tourists", "almost")],
    ),
    (
        "Rescuers pulled 12 survivors from the rubble, and 45 dead were recovered.",
        [
            ("12 survivors", 12, "count", "survivors", None),
            ("45 dead", 45, "count", "dead", None),
        ],
    ),
    (
        "The death toll climbed to 87 on Tuesday, officials said.",
        [("87", 87, "count", "death toll", None)],
    ),
    (
        "An estimated 1.2m people lack clean water, the charity warned.",
        [("An estimated 1.2m people", 1_200_000, "count", "people", "an estimated")],
    ),
    (
        "Several hundred farmers blocked the motorway with tractors.",
        [("Several hundred farmers", None, "count", "farmers", None)],
    ),
    # shares and percentages
    (
        "Inflation reached 15 per cent in the year to June, the central bank said.",
        [("15 per cent", 15, "percent", "inflation", None)],
    ),
    (
        "A poll found 62 percent of voters back President Anna Ostrova.",
        [("62 percent of voters", 62, "percent", "voters", None)],
    ),
    (
        "Unemployment fell to 7.5% from 8.1% a year earlier.",
        [
            ("7.5%", 7.5, "percent", "unemployment", None),
            ("8.1%", 8.1, "percent", "unemployment", None),
        ],
    ),
    (
        "A third of the houses in Lomo were damaged and three-quarters of the farms flooded.",
        [
            ("A third of the houses", 100 / 3, "percent", "houses", None),
            ("three-quarters of the farms", 75, "percent", "farms", None),
        ],
    ),
    (
        "One in five children in the province is malnourished, the report said.",
        [("One in five children", 20, "percent", "children", None)],
    ),
    (
        "Half of the residents refused to leave.",
        [("Half of the residents", 50, "percent", "residents", None)],
    ),
    # money
    (
        "The former minister denied taking bribes worth €3 million in return for the contract.",
        [("€3 million", 3_000_000, "EUR", "bribes", None)],
    ),
    (
        "Tessel Shipping agreed a merger valued at $2.5 billion with a rival line.",
        [("$2.5 billion", 2_500_000_000, "USD", "merger", None)],
    ),
    (
        "The government pledged $4.5 billion for reconstruction.",
        [("$4.5 billion", 4.5e9, "USD", None, None)],
    ),
    (
        "Brussels approved €200 million in emergency aid for the region.",
        [("€200 million", 2e8, "EUR", "emergency aid", None)],
    ),
    (
        "The state will spend Rs 3 crore on the new bridge at Ranipur.",
        [("Rs 3 crore", 3e7, "INR", None, None)],
    ),
    (
        "Each family will receive compensation of 10 lakh rupees.",
        [("10 lakh rupees", 1e6, "INR", None, None)],
    ),
    (
        "Harbour United paid £1.2m for the striker in January.",
        [("£1.2m", 1.2e6, "GBP", None, None)],
    ),
    (
        "The contract is worth more than US$300 million over five years.",
        [("more than US$300 million", 3e8, "USD", None, "more than")],
    ),
    (
        "Donors have raised nearly 2 billion euros for the victims.",
        [("nearly 2 billion euros", 2e9, "EUR", None, "nearly")],
    ),
    # physical units
    (
        "The tanker spilled 3,000 tonnes of crude oil off Cape Vell.",
        [("3,000 tonnes of crude oil", 3_000, "tonnes", "oil", None)],
    ),
    (
        "Police seized 20 kg of cocaine at the port of Dorn.",
        [("20 kg of cocaine", 20, "kg", "cocaine", None)],
    ),
    (
        "The fire has burned 12,000 hectares of forest since Friday.",
        [("12,000 hectares of forest", 12_000, "hectares", "forest", None)],
    ),
    # numbers that are not amounts
    ("The summit will open on 14 June 2021 in Geneva.", []),
    ("The reforms were first proposed in 2019, Ostrova recalled.", []),
    ("Piet Halden, 54, has led the ministry since the last election.", []),
    ("A 45-year-old man was arrested at the scene.", []),
    (
        "The airline announced an order of 50 Airbus A350-900 jets on Monday.",
        [("50 Airbus A350-900 jets", 50, "count", "jets", None)],
    ),
    # finance's "MM" is a million; a calibre or rainfall in lower case is not
    (
        "The studio signed a $200MM deal with the streaming service.",
        [("$200MM deal", 200_000_000, "USD", "deal", None)],
    ),
    ("Gunners fired 40 155mm shells at the ridge.", []),
    # reference markers and list numbers: a number that is all its brackets hold
    ("Skipping breakfast may raise the risk of overeating later in the day (12).", []),
    ("The survey of 2,400 nurses found that most worked unpaid overtime [3].",
     [("2,400 nurses", 2400, "count", "nurses", None)]),
    ("For details call the hotline on 555-0142 or +44 20 7946 0958.", []),
    ("The meeting at No. 10 ended at 10:30 with no agreement.", []),
    ("Under Article 5 of the treaty, members must defend each other.", []),
    ("The COVID-19 restrictions were lifted last week.", []),
    ("Harbour United won 3-1 against Port Ansel on Saturday.", []),
    ("The app's version 2.1.3 fixed the bug, the company said.", []),
    ("She finished third for the second year running.", []),
    ("The talks lasted three days and ended on the 21st.", []),
    ("One of the suspects was released on bail.", []),
]

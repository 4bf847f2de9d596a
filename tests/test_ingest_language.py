import pytest

from dateline.ingest.language import detect_language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The port of Kirov was closed on Monday after dockers walked out, the union said.", "en"),
        ("Le port de Kirov a été fermé lundi après la grève des dockers, selon le syndicat.", "fr"),
        ("El puerto de Kirov fue cerrado el lunes después de la huelga de los estibadores, dijo el sindicato.", "es"),
        ("Der Hafen von Kirov wurde am Montag geschlossen, nachdem die Hafenarbeiter gestreikt hatten, sagte die Gewerkschaft.", "de"),
        ("Il porto di Kirov è stato chiuso lunedì dopo lo sciopero dei portuali, secondo il sindacato.", "it"),
        ("O porto de Kirov foi fechado na segunda-feira após a greve dos estivadores, disse o sindicato.", "pt"),
        ("De haven van Kirov werd maandag gesloten nadat de havenarbeiders het werk hadden neergelegd, zei de vakbond.", "nl"),
    ],
)
def test_detects_the_seven_languages(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # languages the former stop-word detector did not know (it said None)
        ("Порт Кирова был закрыт в понедельник после забастовки портовых рабочих.", "ru"),
        ("Port w Kirowie został zamknięty w poniedziałek po strajku dokerów, poinformował związek.", "pl"),
        ("Kirov limanı, liman işçilerinin grevinin ardından pazartesi günü kapatıldı, dedi sendika.", "tr"),
        ("أغلق ميناء كيروف يوم الاثنين بعد إضراب عمال الرصيف، بحسب النقابة.", "ar"),
        # headlines: too few function words for the stop-word lists
        ("Dockers strike closes the port of Kirov", "en"),
        ("Streik legt den Hafen von Kirov lahm", "de"),
    ],
)
def test_detects_other_languages_and_headlines(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "Strike!", "Kirov, Port Ansel, Velda", "12 345 / 678", None])
def test_unsure_is_none(text):
    assert detect_language(text) is None

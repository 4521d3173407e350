"""A document not in English is reported as such; short or name-heavy English is never misjudged."""

from __future__ import annotations

import pytest

from timeline.ingest import read_inputs
from timeline.ingest.language import detect_foreign

FOREIGN = {
    "French": (
        "Le ministre des Affaires étrangères a annoncé mardi que la réunion avec son homologue russe aura lieu "
        "la semaine prochaine à Genève. Selon le ministère, les deux pays ont convenu de poursuivre le dialogue "
        "sur la sécurité européenne, mais aucune date n'a encore été fixée pour le sommet."
    ),
    "German": (
        "Der Außenminister hat am Dienstag angekündigt, dass das Treffen mit seinem russischen Amtskollegen in "
        "der nächsten Woche in Genf stattfinden wird. Nach Angaben des Ministeriums haben sich die beiden Länder "
        "darauf geeinigt, den Dialog über die europäische Sicherheit fortzusetzen, aber ein Datum für den Gipfel "
        "steht noch nicht fest."
    ),
    "Italian": (
        "Il ministro degli Esteri ha annunciato martedì che l'incontro con il suo omologo russo si terrà la "
        "prossima settimana a Ginevra. Secondo il ministero, i due paesi hanno concordato di proseguire il "
        "dialogo sulla sicurezza europea, ma non è stata ancora fissata una data per il vertice."
    ),
    "Portuguese": (
        "O ministro dos Negócios Estrangeiros anunciou na terça-feira que a reunião com o seu homólogo russo "
        "será realizada na próxima semana em Genebra. Segundo o ministério, os dois países concordaram em "
        "continuar o diálogo sobre a segurança europeia, mas ainda não há uma data para a cimeira."
    ),
    "Dutch": (
        "De minister van Buitenlandse Zaken heeft dinsdag aangekondigd dat de ontmoeting met zijn Russische "
        "ambtgenoot volgende week in Genève zal plaatsvinden. Volgens het ministerie zijn de twee landen het "
        "eens geworden om de dialoog over de Europese veiligheid voort te zetten, maar er is nog geen datum."
    ),
    "Russian": (
        "Министр иностранных дел заявил во вторник, что встреча с его американским коллегой состоится на "
        "следующей неделе в Женеве. По словам министерства, две страны договорились продолжить диалог о "
        "европейской безопасности, но дата саммита еще не определена."
    ),
    "Arabic-script text": (
        "أعلن وزير الخارجية يوم الثلاثاء أن الاجتماع مع نظيره الروسي سيعقد الأسبوع المقبل في جنيف، "
        "وقالت الوزارة إن البلدين اتفقا على مواصلة الحوار بشأن الأمن الأوروبي."
    ),
    "Chinese or Japanese text": "外交部长星期二宣布，与俄罗斯外长的会晤将于下周在日内瓦举行。外交部表示，两国同意继续就欧洲安全问题进行对话，但峰会日期尚未确定。",
}


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_ingest_foreign_document_reported(tmp_path, language):
    path = tmp_path / "article.txt"
    path.write_text(FOREIGN[language], encoding="utf-8")
    documents, errors = read_inputs([str(path)])
    assert documents == []
    assert [e.message for e in errors] == [f"{path}: looks like {language}, not English (the engine reads English only)"]


def test_ingest_spanish_fixture_reported(fixtures):
    path = str(fixtures / "ingest" / "spanish.txt")
    _, errors = read_inputs([path])
    assert [e.message for e in errors] == [f"{path}: looks like Spanish, not English (the engine reads English only)"]


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Xi.",
        "Lavrov: no ceasefire.",
        "Zelenskiy in Berlin",
        "Sánchez, Macron, Merz y Meloni",
        "Rubio and Lavrov spoke by phone on Monday.",
        "José Manuel Albares met Mauro Vieira in São Paulo.",
        "Albares de la Fuente en Bruselas",
        "Moskva, Kyiv, Minsk, Vilnius, Riga, Tallinn, Warszawa, Praha, Bratislava, Budapest",
        "The Kremlin said the summit was “no es posible” for now, and Madrid's envoy agreed.",
        "Spain's foreign minister, José Manuel Albares, said in Madrid on Tuesday that the European Union "
        "would not accept a deal made without Ukraine. “No vamos a aceptar una paz sin Ucrania,” he told the "
        "newspaper El País, adding that he had spoken with his counterparts in Paris and Berlin.",
        "Президент",  # one foreign word is not a document
    ],
)
def test_ingest_short_or_name_heavy_english_not_misjudged(text):
    assert detect_foreign(text) is None


def test_ingest_english_seed_is_english(fixtures):
    text = (fixtures / "ingest" / "elpais-budapest-summit-canceled.txt").read_text(encoding="utf-8")
    assert detect_foreign(text) is None  # its Spanish tail does not make it a Spanish article


def test_ingest_short_foreign_document_reported_as_foreign(tmp_path):
    path = tmp_path / "corto.txt"
    path.write_text("El ministro dijo que la reunión se celebrará en Madrid la próxima semana.\n", encoding="utf-8")
    _, errors = read_inputs([str(path)])
    assert [e.message for e in errors] == [f"{path}: looks like Spanish, not English (the engine reads English only)"]

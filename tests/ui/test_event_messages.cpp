// Translations stay whole: every engine sentence (events, and what commands print in the
// console) is listed for lupdate (a new one without an entry fails here), every entry of
// translations/pagelab_*.ts is translated and keeps the %1 ... and %n markers of its source
// (a lost marker drops an argument from the sentence) and its indentation (the console's
// indented lines), and the .qm files embedded under :/i18n say what the .ts files say.
#include "console/command_messages.h"
#include "console/command_text.h"
#include "eventlog/event_messages.h"
#include "journal/message.h"
#include "machine/command_messages.h"
#include "machine/session.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using pagelab::commandMessageKeys;
using pagelab::messageKeys;
using pagelab::ui::commandMessageSources;
using pagelab::ui::eventMessageSources;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment; // lupdate's disambiguation, part of the key
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one per numerus form, else one
};

// The .ts file, read with the XML reader (lupdate's own format).
std::vector<TsMessage> readTs(const QString& path)
{
    std::vector<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.unfinished
                        = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.forms << xml.readElementText();
                    } else {
                        m.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out.push_back(m);
        }
    }
    return out;
}

// The %1..%99 and %n markers of a text, sorted: a translation may reorder them, not lose one.
QStringList markers(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (const auto& m : marker.globalMatch(text))
        found << m.captured(0);
    found.sort();
    return found;
}

// The indentation a text starts with (two blanks or more): an indented line of the console
// stays indented. (One blank before a phrase is the language's own spacing.)
QString indentation(const QString& text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n) == QLatin1Char(' '))
        ++n;
    return n >= 2 ? text.left(n) : QString();
}

// Keyboard accelerators: "&x", not the literal "&&".
int accelerators(const QString& text)
{
    return int(text.count(QLatin1Char('&')) - 2 * text.count(QStringLiteral("&&")));
}

} // namespace

class TestEventMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listMatchesTheEngine()
    {
        std::vector<std::string> listed(eventMessageSources().begin(), eventMessageSources().end());
        std::vector<std::string> engine(messageKeys().begin(), messageKeys().end());
        std::sort(listed.begin(), listed.end());
        std::sort(engine.begin(), engine.end());
        for (const auto& key : engine)
            if (!std::binary_search(listed.begin(), listed.end(), key))
                QFAIL(qPrintable(QStringLiteral("engine sentence not in ui/eventlog/event_messages.cpp "
                                                "(run translations/update_event_messages.py): ")
                    + QString::fromStdString(key)));
        for (const auto& key : listed)
            if (!std::binary_search(engine.begin(), engine.end(), key))
                QFAIL(qPrintable(
                    QStringLiteral("not an engine sentence any more: ") + QString::fromStdString(key)));
        QCOMPARE(listed.size(), engine.size());
    }

    void commandListMatchesTheEngine()
    {
        const std::set<std::string> listed(commandMessageSources().begin(), commandMessageSources().end());
        const std::set<std::string> engine(commandMessageKeys().begin(), commandMessageKeys().end());
        for (const auto& key : engine)
            QVERIFY2(listed.count(key),
                qPrintable(QStringLiteral("command message not in ui/console/command_messages.cpp "
                                          "(run translations/update_event_messages.py): ")
                    + QString::fromStdString(key)));
        for (const auto& key : listed)
            QVERIFY2(engine.count(key),
                qPrintable(QStringLiteral("not a command message any more (or missing from "
                                          "commandMessageKeys()): ")
                    + QString::fromStdString(key)));
    }

    void translationsAreCompleteAndKeepMarkers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
    }

    void translationsAreCompleteAndKeepMarkers()
    {
#ifndef PAGELAB_TRANSLATIONS_DIR
        QSKIP("no translations/pagelab_*.ts: app/gui/CMakeLists.txt builds none");
#else
        QFETCH(QString, language);
        const QString ts
            = QStringLiteral(PAGELAB_TRANSLATIONS_DIR "/pagelab_") + language + QStringLiteral(".ts");
        const std::vector<TsMessage> messages = readTs(ts);
        QVERIFY2(!messages.empty(), qPrintable(ts + QStringLiteral(": no messages")));
        const int forms = language == QLatin1String("zh_CN") ? 1 : 2; // Qt's numerus rules
        for (const TsMessage& m : messages) {
            const QString where = ts + QStringLiteral(": ") + m.context + QStringLiteral(": \"") + m.source
                + QStringLiteral("\"");
            QVERIFY2(!m.unfinished, qPrintable(where + QStringLiteral(" is unfinished")));
            QVERIFY2(!m.forms.isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
            if (m.numerus)
                QVERIFY2(m.forms.size() == forms,
                    qPrintable(where + QStringLiteral(": wrong number of plural forms")));
            for (const QString& form : m.forms) {
                QVERIFY2(!form.isEmpty(), qPrintable(where + QStringLiteral(" has an empty translation")));
                QVERIFY2(markers(form) == markers(m.source),
                    qPrintable(where + QStringLiteral(" -> \"") + form
                        + QStringLiteral("\" changes the % markers")));
                QVERIFY2(indentation(form) == indentation(m.source),
                    qPrintable(where + QStringLiteral(" -> \"") + form
                        + QStringLiteral("\" changes the indentation")));
                QVERIFY2(accelerators(form) == accelerators(m.source),
                    qPrintable(where + QStringLiteral(" -> \"") + form
                        + QStringLiteral("\" changes the & accelerator")));
            }
        }
#endif
    }

    void embeddedTranslationsKeepMarkers_data()
    {
        translationsAreCompleteAndKeepMarkers_data();
    }

    void embeddedTranslationsKeepMarkers()
    {
#ifndef PAGELAB_TRANSLATIONS_DIR
        QSKIP("no translations/pagelab_*.ts: app/gui/CMakeLists.txt builds none");
#else
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("pagelab_") + language, QStringLiteral(":/i18n")),
            qPrintable(QStringLiteral(":/i18n/pagelab_") + language + QStringLiteral(".qm is not embedded")));
        // Every engine sentence, as EventLogModel::describe() looks it up.
        for (const char* key : eventMessageSources()) {
            const QString translated = translator.translate("EventMessage", key);
            const QString where = language + QStringLiteral(": EventMessage: \"") + QString::fromUtf8(key)
                + QStringLiteral("\"");
            QVERIFY2(!translated.isEmpty(), qPrintable(where + QStringLiteral(" is not translated")));
            QVERIFY2(markers(translated) == markers(QString::fromUtf8(key)),
                qPrintable(where + QStringLiteral(" -> \"") + translated
                    + QStringLiteral("\" changes the % markers")));
        }
        // Every line and error a command may print, as the console looks it up.
        for (const char* key : commandMessageSources()) {
            const QString translated = translator.translate("CommandMessage", key);
            const QString where = language + QStringLiteral(": CommandMessage: \"") + QString::fromUtf8(key)
                + QStringLiteral("\"");
            QVERIFY2(!translated.isEmpty(), qPrintable(where + QStringLiteral(" is not translated")));
            QVERIFY2(markers(translated) == markers(QString::fromUtf8(key)),
                qPrintable(where + QStringLiteral(" -> \"") + translated
                    + QStringLiteral("\" changes the % markers")));
        }
        // And every other entry: the .qm is the one built from the current .ts.
        const QString ts
            = QStringLiteral(PAGELAB_TRANSLATIONS_DIR "/pagelab_") + language + QStringLiteral(".ts");
        for (const TsMessage& m : readTs(ts)) {
            if (m.numerus || m.unfinished)
                continue;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            QCOMPARE(translator.translate(context.constData(), source.constData(),
                         m.comment.isEmpty() ? nullptr : comment.constData()),
                m.forms.value(0));
        }
#endif
    }

    // The console in German: a command's output and an error, translated line by line with
    // their phrases; names and numbers as they were.
    void consoleSpeaksGerman()
    {
#ifndef PAGELAB_TRANSLATIONS_DIR
        QSKIP("no translations/pagelab_*.ts: app/gui/CMakeLists.txt builds none");
#else
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("pagelab_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        pagelab::Session session;
        const auto run = session.run("machine frames=32\nprocess p\nmmap p len=8K\nread q 0x1000\n", "t.vms");
        QCOMPARE(run.commands.size(), std::size_t { 4 });
        const QString process = pagelab::ui::commandOutputText(run.commands[1]);
        QVERIFY2(process.startsWith(QStringLiteral("Prozess p: PID 1")), qPrintable(process));
        const QString mapped = pagelab::ui::commandOutputText(run.commands[2]);
        QVERIFY2(mapped.contains(QStringLiteral("2 Seiten")), qPrintable(mapped)); // a counted phrase
        const QString error = pagelab::ui::commandErrorText(run.commands[3]);
        QCOMPARE(error, QStringLiteral("t.vms:4:6: Fehler: kein Prozess namens 'q'; Prozesse: p"));
        QCoreApplication::removeTranslator(&translator);
#endif
    }
};

QTEST_MAIN(TestEventMessages)
#include "test_event_messages.moc"

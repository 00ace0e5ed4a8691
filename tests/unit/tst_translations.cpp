#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

// The translation files in the source tree, read as XML: German and Spanish must be complete
// and faithful to each source text (placeholders, HTML, accelerators, edges), and English
// carries only the plural forms, everything else falling back to the source text.
// Refresh them with the update_translations target after changing a user-visible string.

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the <translation type="..."> attribute: empty when finished
    QString translation; // a message without plural forms
    QStringList forms; // the <numerusform>s of a plural message
    qint64 line = 0;

    bool dropped() const { return type == "vanished"_L1 || type == "obsolete"_L1; }
    QStringList texts() const { return numerus ? forms : QStringList {translation}; }
    QString key() const
    {
        return context + QChar(0x1F) + source + QChar(0x1F) + comment
            + (numerus ? u"\x1Fn"_s : QString());
    }
};

struct TsFile
{
    QString path;
    QString language;
    QString error;
    QList<Message> messages;
};

void readMessage(QXmlStreamReader &xml, Message &m)
{
    m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
    m.line = xml.lineNumber();
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1) {
            m.source = xml.readElementText();
        } else if (xml.name() == "comment"_L1) {
            m.comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            m.type = xml.attributes().value("type"_L1).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        m.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    ts.path = QDir::cleanPath(path);
    QFile file(ts.path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == "TS"_L1) {
        ts.language = xml.attributes().value("language"_L1).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != "context"_L1) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == "name"_L1) {
                    context = xml.readElementText();
                } else if (xml.name() == "message"_L1) {
                    Message m;
                    m.context = context;
                    readMessage(xml, m);
                    ts.messages << m;
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    } else if (!xml.hasError()) {
        ts.error = u"the root element is not <TS>"_s;
    }
    if (xml.hasError())
        ts.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString shown(const QString &text)
{
    QString s = text;
    s.replace(u'\n', u"\\n"_s);
    return u'"' + s + u'"';
}

// Names the message in a failure: where it is in the file, its context and its source.
// (One arg() call: a source with "%1" in it must not be filled in by a later one.)
QString describe(const Message &m, const QString &file)
{
    return u"%1:%2: context %3, source %4"_s.arg(
        QFileInfo(file).fileName(), QString::number(m.line), m.context, shown(m.source));
}

QByteArray rowName(int index, const Message &m)
{
    QString s = m.source.simplified();
    if (s.size() > 60)
        s = s.left(59) + QChar(0x2026);
    return u"%1 %2: %3"_s.arg(QString::number(index), m.context, s).toUtf8();
}

// %1 to %99, %L1 and %n (%Ln): what QString::arg() and tr() replace.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(?:[1-9][0-9]?|n)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString sortedJoin(const QSet<QString> &set)
{
    QStringList l(set.cbegin(), set.cend());
    l.sort();
    return l.join(u' ');
}

// HTML tags in the order they appear, as "b", "/b" or "br/".
QStringList tags(const QString &text)
{
    static const QRegularExpression re(u"<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)\\b[^<>]*?(/?)\\s*>"_s);
    static const QSet<QString> voidElements = {u"br"_s, u"hr"_s, u"img"_s};
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(2).toLower();
        if (!m.captured(1).isEmpty())
            found << u'/' + name;
        else if (!m.captured(3).isEmpty() || voidElements.contains(name))
            found << name + u'/';
        else
            found << name;
    }
    return found;
}

// Empty when every opened tag is closed in order; otherwise what went wrong.
QString nestingProblem(const QStringList &tags)
{
    QStringList open;
    for (const QString &t : tags) {
        if (t.endsWith(u'/'))
            continue;
        if (!t.startsWith(u'/')) {
            open << t;
            continue;
        }
        if (open.isEmpty() || open.last() != t.mid(1))
            return u"<%1> closes %2"_s.arg(
                t, open.isEmpty() ? u"nothing"_s : u"<%1>"_s.arg(open.last()));
        open.removeLast();
    }
    return open.isEmpty() ? QString() : u"<%1> is never closed"_s.arg(open.last());
}

// Keyboard accelerators: a single '&' before a character ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    static const QRegularExpression entity(u"&[A-Za-z]+;|&#[0-9]+;"_s);
    QString s = text;
    s.remove(entity);
    s.replace(u"&&"_s, u"__"_s);
    int n = 0;
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s[i] == u'&' && !s[i + 1].isSpace())
            ++n;
    }
    return n;
}

// The punctuation a text ends with, after its trailing white space; "…" counts as "...".
QString endPunctuation(const QString &text)
{
    QString s = text;
    while (!s.isEmpty() && s.back().isSpace())
        s.chop(1);
    if (s.endsWith(u"..."_s) || s.endsWith(QChar(0x2026)))
        return u"..."_s;
    if (!s.isEmpty() && QStringView(u".:?!").contains(s.back()))
        return QString(s.back());
    return {};
}

QString leadingSpace(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i].isSpace())
        ++i;
    return s.left(i);
}

QString trailingSpace(const QString &s)
{
    qsizetype i = s.size();
    while (i > 0 && s[i - 1].isSpace())
        --i;
    return s.mid(i);
}

} // namespace

Q_DECLARE_METATYPE(Message)

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    TsFile m_de;
    TsFile m_es;
    TsFile m_en;

    // The complete translations: every message has one.
    bool complete(const TsFile &ts) const { return &ts == &m_de || &ts == &m_es; }

    // A row per message still in use (vanished and obsolete ones are never compiled) that
    // wanted(file, message) picks, named "de 12 Context: source".
    template<typename Wanted>
    void addRows(Wanted wanted)
    {
        QTest::addColumn<Message>("message");
        QTest::addColumn<QString>("file");
        for (const TsFile *ts : {&m_de, &m_es, &m_en}) {
            const QByteArray lang = ts->language.left(2).toLatin1() + ' ';
            for (int i = 0; i < ts->messages.size(); ++i) {
                const Message &m = ts->messages.at(i);
                if (!m.dropped() && wanted(*ts, m))
                    QTest::newRow((lang + rowName(i, m)).constData()) << m << ts->path;
            }
        }
    }

    // German, Spanish, and the English plural forms: what a user sees instead of the source
    // text.
    void addTranslatedRows()
    {
        addRows([this](const TsFile &ts, const Message &m) { return complete(ts) || m.numerus; });
    }

private slots:
    void initTestCase()
    {
        const QString dir = QStringLiteral(CW_TEST_DATA_DIR "/../../translations/");
        m_de = readTs(dir + u"career-workbench_de.ts"_s);
        m_es = readTs(dir + u"career-workbench_es.ts"_s);
        m_en = readTs(dir + u"career-workbench_en.ts"_s);
        for (const TsFile *ts : {&m_de, &m_es, &m_en}) {
            QVERIFY2(ts->error.isEmpty(), qPrintable(ts->path + u": "_s + ts->error));
            QVERIFY2(!ts->messages.isEmpty(), qPrintable(ts->path + u" has no messages"_s));
        }
        QVERIFY2(m_de.language.startsWith(u"de"_s),
                 qPrintable(m_de.path + u": language "_s + m_de.language));
        QVERIFY2(m_es.language.startsWith(u"es"_s),
                 qPrintable(m_es.path + u": language "_s + m_es.language));
        QVERIFY2(m_en.language.startsWith(u"en"_s),
                 qPrintable(m_en.path + u": language "_s + m_en.language));
    }

    // lupdate refreshes the files at once: a message in one and not in the English one means
    // one of them was edited by hand or left behind.
    void sameMessagesInEveryFile_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("es") << u"es"_s;
    }
    void sameMessagesInEveryFile()
    {
        QFETCH(QString, language);
        const TsFile &other = language == u"de"_s ? m_de : m_es;
        QHash<QString, const Message *> translated;
        QHash<QString, const Message *> en;
        for (const Message &m : std::as_const(other.messages))
            if (!m.dropped())
                translated.insert(m.key(), &m);
        for (const Message &m : std::as_const(m_en.messages))
            if (!m.dropped())
                en.insert(m.key(), &m);
        QStringList problems;
        for (auto it = translated.cbegin(); it != translated.cend(); ++it)
            if (!en.contains(it.key()))
                problems << u"only in %1: "_s.arg(language) + describe(*it.value(), other.path);
        for (auto it = en.cbegin(); it != en.cend(); ++it)
            if (!translated.contains(it.key()))
                problems << u"only in English: "_s + describe(*it.value(), m_en.path);
        problems.sort();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"Run the update_translations target.\n"_s + problems.join(u'\n')));
    }

    // (a) Every German and Spanish message is finished and says something.
    void translationIsFinished_data()
    {
        addRows([this](const TsFile &ts, const Message &) { return complete(ts); });
    }
    void translationIsFinished()
    {
        QFETCH(Message, message);
        QFETCH(QString, file);
        QVERIFY2(
            message.type.isEmpty(),
            qPrintable(describe(message, file) + u": the translation is marked "_s + message.type));
        const bool blankSource = message.source.trimmed().isEmpty();
        for (const QString &t : message.texts())
            QVERIFY2(!t.isEmpty() && (blankSource || !t.trimmed().isEmpty()),
                     qPrintable(describe(message, file) + u": the translation is empty"_s));
    }

    // (d) A plural message has the two forms German, Spanish and English have: one, and other.
    void pluralsHaveTwoForms_data()
    {
        addRows([](const TsFile &, const Message &m) { return m.numerus; });
    }
    void pluralsHaveTwoForms()
    {
        QFETCH(Message, message);
        QFETCH(QString, file);
        QVERIFY2(message.type.isEmpty(),
                 qPrintable(describe(message, file) + u": the plural forms are marked "_s
                            + message.type));
        QVERIFY2(message.forms.size() == 2,
                 qPrintable(describe(message, file)
                            + u": %1 plural form(s), expected 2"_s.arg(message.forms.size())));
        for (const QString &f : std::as_const(message.forms))
            QVERIFY2(!f.trimmed().isEmpty(),
                     qPrintable(describe(message, file) + u": a plural form is empty"_s));
        QVERIFY2(message.forms.first() != message.forms.last(),
                 qPrintable(describe(message, file) + u": singular and plural are the same: "_s
                            + shown(message.forms.first())));
    }

    // The English file only carries plural forms: any other text left in it would replace
    // the source text that the code (and its tests) were written with.
    void englishOnlyHasPlurals_data()
    {
        addRows([this](const TsFile &ts, const Message &m) { return &ts == &m_en && !m.numerus; });
    }
    void englishOnlyHasPlurals()
    {
        QFETCH(Message, message);
        QFETCH(QString, file);
        QVERIFY2(message.type == u"unfinished"_s && message.translation.isEmpty(),
                 qPrintable(describe(message, file)
                            + u": must stay unfinished and empty, so that the source text is "_s
                              "shown; it is "_s
                            + (message.type.isEmpty() ? u"finished"_s : message.type) + u" as "_s
                            + shown(message.translation)));
    }

    // (b) Every placeholder of the source is kept, and no other appears.
    void placeholdersKept_data() { addTranslatedRows(); }
    void placeholdersKept()
    {
        QFETCH(Message, message);
        QFETCH(QString, file);
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &t : message.texts()) {
            const QSet<QString> found = placeholders(t);
            QVERIFY2(found == expected,
                     qPrintable(describe(message, file) + u": translation "_s + shown(t)
                                + u" has placeholders ["_s + sortedJoin(found) + u"], expected ["_s
                                + sortedJoin(expected) + u']'));
        }
    }

    // (c) The HTML of the source is in the translation, and nests properly.
    void htmlTagsKept_data()
    {
        addRows([this](const TsFile &ts, const Message &m) {
            if (&ts == &m_en && !m.numerus)
                return false;
            bool html = !tags(m.source).isEmpty();
            for (const QString &t : m.texts())
                html = html || !tags(t).isEmpty();
            return html;
        });
    }
    void htmlTagsKept()
    {
        QFETCH(Message, message);
        QFETCH(QString, file);
        QStringList expected = tags(message.source);
        std::sort(expected.begin(), expected.end());
        for (const QString &t : message.texts()) {
            const QStringList inOrder = tags(t);
            QStringList found = inOrder;
            std::sort(found.begin(), found.end());
            QVERIFY2(found == expected,
                     qPrintable(describe(message, file) + u": translation "_s + shown(t)
                                + u" has tags ["_s + found.join(u' ') + u"], expected ["_s
                                + expected.join(u' ') + u']'));
            const QString problem = nestingProblem(inOrder);
            QVERIFY2(problem.isEmpty() || !nestingProblem(tags(message.source)).isEmpty(),
                     qPrintable(describe(message, file) + u": translation "_s + shown(t) + u": "_s
                                + problem));
        }
    }

    // A source with an accelerator ("&File") keeps one in the translation, and one without
    // gets none: an '&' too many shows up as an underlined letter, one too few loses Alt+key.
    void acceleratorsKept_data() { addTranslatedRows(); }
    void acceleratorsKept()
    {
        QFETCH(Message, message);
        QFETCH(QString, file);
        const int expected = accelerators(message.source);
        for (const QString &t : message.texts())
            QVERIFY2(
                accelerators(t) == expected,
                qPrintable(
                    describe(message, file) + u": translation "_s + shown(t)
                    + u" has %1 accelerator(s), expected %2"_s.arg(accelerators(t)).arg(expected)));
    }

    // Leading and trailing white space (spin box suffixes such as " h") and the closing
    // punctuation (".", ":", "?", "!", "...") are kept.
    void edgesKept_data() { addTranslatedRows(); }
    void edgesKept()
    {
        QFETCH(Message, message);
        QFETCH(QString, file);
        const QString src = message.source;
        for (const QString &t : message.texts()) {
            QVERIFY2(leadingSpace(t) == leadingSpace(src) && trailingSpace(t) == trailingSpace(src),
                     qPrintable(describe(message, file) + u": translation "_s + shown(t)
                                + u" does not start and end with the same white space"_s));
            const QString end = endPunctuation(src);
            if (!end.isEmpty())
                QVERIFY2(endPunctuation(t) == end,
                         qPrintable(describe(message, file) + u": translation "_s + shown(t)
                                    + u" does not end with "_s + shown(end)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

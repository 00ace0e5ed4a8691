#include "csvreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

// The state machine over decoded text. With STOPAT >= 0 it only walks to that character and
// reports where it is (for errors found before parsing, such as a bad byte).
class Parser
{
public:
    Parser(const QString &text, QChar delimiter, const CsvReader::Limits &limits)
        : m_s(text)
        , m_delimiter(delimiter)
        , m_limits(limits)
    { }

    bool parse(QList<CsvReader::Record> *records, CsvReader::Error *error, qsizetype stopAt = -1,
               int maxRecords = -1)
    {
        const qsizetype n = stopAt >= 0 ? stopAt : m_s.size();
        CsvReader::Record current;
        qsizetype i = 0;
        auto fail = [&](int line, int column, const QString &reason) {
            error->line = line;
            error->column = column;
            error->reason = reason;
            return false;
        };
        auto column = [&]() {
            return int(current.fields.size()) + 1;
        };
        auto endRecord = [&]() {
            const bool blank = current.fields.size() == 1 && current.fields.constFirst().isEmpty()
                && !m_lastQuoted;
            if (!blank && records) {
                records->append(std::move(current));
                if (records->size() > m_limits.maxRecords)
                    return fail(records->constLast().line, 1,
                                tr("the file has more than %1 rows.").arg(m_limits.maxRecords));
            }
            current = CsvReader::Record();
            return true;
        };
        auto addField = [&](QString text, int line, bool quoted) {
            if (text.size() > m_limits.maxFieldChars)
                return fail(
                    line, column(),
                    tr("a field is longer than %1 characters.").arg(m_limits.maxFieldChars));
            if (current.fields.size() >= m_limits.maxFields)
                return fail(line, column(),
                            tr("a row has more than %1 fields.").arg(m_limits.maxFields));
            if (current.fields.isEmpty())
                current.line = line;
            current.fields.append(std::move(text));
            current.fieldLines.append(line);
            m_lastQuoted = quoted;
            return true;
        };
        // Consumes a line end at I (CR, LF or CRLF), counting one physical line.
        auto lineEnd = [&]() {
            if (m_s.at(i) == u'\r' && i + 1 < n && m_s.at(i + 1) == u'\n')
                ++i;
            ++i;
            ++m_line;
        };

        while (i < n) {
            if (maxRecords >= 0 && records && records->size() >= maxRecords)
                return true;
            const int fieldLine = m_line;
            if (m_s.at(i) == u'"') {
                // Quoted field: up to the quote that is not doubled.
                const int quoteLine = m_line;
                const int quoteColumn = column();
                ++i;
                const qsizetype start = i;
                bool doubled = false;
                bool closed = false;
                while (i < n) {
                    const QChar c = m_s.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && m_s.at(i + 1) == u'"') {
                            doubled = true;
                            i += 2;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && (i + 1 >= n || m_s.at(i + 1) != u'\n')))
                        ++m_line;
                    ++i;
                }
                if (!closed) {
                    if (stopAt >= 0)
                        return report(error, quoteColumn);
                    return fail(quoteLine, quoteColumn,
                                tr("a quoted field is never closed (a quote is missing)."));
                }
                QString text = m_s.mid(start, i - start);
                if (doubled)
                    text.replace(u"\"\""_s, u"\""_s);
                ++i; // the closing quote
                if (!addField(std::move(text), fieldLine, true))
                    return false;
                if (i < n && m_s.at(i) != m_delimiter && m_s.at(i) != u'\r' && m_s.at(i) != u'\n')
                    return fail(m_line, quoteColumn,
                                tr("there is text after the closing quote of a field."));
            } else {
                const qsizetype start = i;
                while (i < n && m_s.at(i) != m_delimiter && m_s.at(i) != u'\r'
                       && m_s.at(i) != u'\n') {
                    if (m_s.at(i) == u'"')
                        return fail(m_line, column(),
                                    tr("a quote inside a field that does not start with one "
                                       "(quote the whole field and double the quote)."));
                    ++i;
                }
                if (!addField(m_s.mid(start, i - start), fieldLine, false))
                    return false;
            }
            if (i >= n)
                break;
            if (m_s.at(i) == m_delimiter) {
                ++i;
                // A delimiter at the end of the text: one more, empty, field. (At the end of a
                // line the next turn reads that empty field.)
                if (i >= n && !addField(QString(), m_line, false))
                    return false;
                continue;
            }
            lineEnd();
            if (!endRecord())
                return false;
        }
        if (stopAt >= 0) // the stop is inside the last field read, or at a record's start
            return report(error, qMax(1, int(current.fields.size())));
        if (!current.fields.isEmpty())
            return endRecord();
        return true;
    }

    int line() const { return m_line; }

private:
    bool report(CsvReader::Error *error, int column)
    {
        error->line = m_line;
        error->column = column;
        return true;
    }

    const QString &m_s;
    QChar m_delimiter;
    const CsvReader::Limits &m_limits;
    int m_line = 1;
    bool m_lastQuoted = false;
};

int headerScore(const QString &text, QChar delimiter, const QStringList &expected, int *fields)
{
    QList<CsvReader::Record> records;
    CsvReader::Error ignored;
    CsvReader::Limits limits;
    Parser(text, delimiter, limits).parse(&records, &ignored, -1, 1);
    if (records.isEmpty()) {
        *fields = 0;
        return 0;
    }
    int score = 0;
    for (const QString &f : std::as_const(records.constFirst().fields)) {
        if (expected.contains(f.trimmed(), Qt::CaseInsensitive))
            ++score;
    }
    *fields = int(records.constFirst().fields.size());
    return score;
}

} // namespace

QString CsvReader::Error::message() const
{
    return QCoreApplication::translate("CsvReader", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(reason);
}

qsizetype CsvReader::firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

std::optional<CsvReader::Table> CsvReader::read(const QByteArray &bytes,
                                                const QStringList &expectedHeader, Error *error,
                                                const Limits &limits)
{
    Error local;
    Error *e = error ? error : &local;
    auto fail = [&](int line, int column, const QString &reason) {
        e->line = line;
        e->column = column;
        e->reason = reason;
        return std::nullopt;
    };
    if (bytes.size() > limits.maxBytes)
        return fail(1, 1, tr("the file is larger than %1 MB.").arg(limits.maxBytes / 1024 / 1024));
    Table table;
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        table.hadByteOrderMark = true;
        start = 3;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return fail(1, 1, tr("the file is UTF-16 text; save it as UTF-8."));
    }
    const qsizetype bad = firstInvalidUtf8(bytes, start);
    if (bad >= 0) {
        // Walk the valid text before the bad byte to say where it is.
        const QString before = QString::fromUtf8(bytes.constData() + start, bad - start);
        Error where;
        Parser(before, u',', limits).parse(nullptr, &where, before.size());
        return fail(where.line, where.column,
                    tr("the file is not UTF-8 text (byte 0x%1 cannot be read); save it as UTF-8.")
                        .arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0')));
    }
    const QString text = QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
    if (text.trimmed().isEmpty())
        return fail(1, 1, tr("the file is empty."));
    int bestScore = -1;
    int bestFields = -1;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        int fields = 0;
        const int score = headerScore(text, candidate, expectedHeader, &fields);
        if (score > bestScore || (score == bestScore && fields > bestFields)) {
            bestScore = score;
            bestFields = fields;
            table.delimiter = candidate;
        }
    }
    if (!Parser(text, table.delimiter, limits).parse(&table.records, e))
        return std::nullopt;
    if (table.records.isEmpty())
        return fail(1, 1, tr("the file is empty."));
    return table;
}

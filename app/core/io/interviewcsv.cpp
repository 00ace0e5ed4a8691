#include "interviewcsv.h"

#include "domain/interviewsessionvalidator.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InterviewCsv", text);
}

enum Column {
    Date,
    Kind,
    Format,
    Company,
    Role,
    Duration,
    SelfScore,
    InterviewerScore,
    Topics,
    QuestionsAsked,
    WentWell,
    ToImprove,
    ActionItems,
    RanBy,
    ColumnCount
};

const char *const ColumnNames[ColumnCount] = {
    "date",         "kind",
    "format",       "company",
    "role",         "duration_minutes",
    "self_score",   "interviewer_score",
    "topics",       "questions_asked",
    "went_well",    "to_improve",
    "action_items", "ran_by",
};

// Columns a file must have.
constexpr Column Required[] = {Date, Kind, Format, SelfScore};

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Whether TEXT is apostrophes followed by a formula character.
bool looksEscaped(const QString &text, qsizetype apostrophes)
{
    return text.size() > apostrophes && isFormulaStart(text.at(apostrophes));
}

qsizetype leadingApostrophes(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n) == u'\'')
        ++n;
    return n;
}

QString quoted(const QString &field)
{
    bool needs = false;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r' || c == u';' || c == u'\t') {
            needs = true;
            break;
        }
    }
    if (!needs)
        return field;
    QString out = field;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

bool readNumber(const QString &cell, int *value)
{
    const QString t = cell.trimmed();
    if (t.isEmpty() || t.size() > 6)
        return false;
    for (const QChar c : t) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
    }
    *value = t.toInt();
    return true;
}

} // namespace

QStringList InterviewCsv::columns()
{
    QStringList names;
    for (const char *n : ColumnNames)
        names << QString::fromLatin1(n);
    return names;
}

QString InterviewCsv::escapeFormula(const QString &text)
{
    return looksEscaped(text, leadingApostrophes(text)) ? u'\'' + text : text;
}

QString InterviewCsv::unescapeFormula(const QString &cell)
{
    const qsizetype n = leadingApostrophes(cell);
    return n > 0 && looksEscaped(cell, n) ? cell.mid(1) : cell;
}

QString InterviewCsv::topicsCell(const QList<InterviewTopicScore> &topics)
{
    QStringList items;
    for (const InterviewTopicScore &t : topics)
        items << (t.score > 0 ? t.name + u':' + QString::number(t.score) : t.name);
    return items.join(u';');
}

QByteArray InterviewCsv::write(const QList<InterviewSession> &sessions)
{
    QString out;
    out.reserve(64 + sessions.size() * 160);
    out += columns().join(u',') + u"\r\n"_s;
    QStringList cells(ColumnCount);
    for (const InterviewSession &s : sessions) {
        cells[Date] = s.occurredAt();
        cells[Kind] = InterviewSession::kindKey(s.kind);
        cells[Format] = s.format;
        cells[Company] = escapeFormula(s.company);
        cells[Role] = escapeFormula(s.role);
        cells[Duration] = QString::number(s.durationMinutes);
        cells[SelfScore] = QString::number(s.selfScore);
        cells[InterviewerScore]
            = s.interviewerScore > 0 ? QString::number(s.interviewerScore) : QString();
        cells[Topics] = escapeFormula(topicsCell(s.topics));
        cells[QuestionsAsked] = escapeFormula(s.questionsAsked);
        cells[WentWell] = escapeFormula(s.wentWell);
        cells[ToImprove] = escapeFormula(s.toImprove);
        cells[ActionItems] = escapeFormula(s.actionItems);
        cells[RanBy] = InterviewSession::ranByKey(s.ranBy);
        for (int c = 0; c < ColumnCount; ++c) {
            if (c > 0)
                out += u',';
            out += quoted(cells.at(c));
        }
        out += u"\r\n"_s;
    }
    return "\xEF\xBB\xBF" + out.toUtf8();
}

std::optional<InterviewCsv::Parsed>
InterviewCsv::read(const QByteArray &bytes, const QStringList &formatKeys, CsvReader::Error *error)
{
    CsvReader::Error local;
    CsvReader::Error *e = error ? error : &local;
    const auto table = CsvReader::read(bytes, columns(), e);
    if (!table)
        return std::nullopt;
    auto fail = [&](int line, int column, const QString &reason) {
        e->line = line;
        e->column = column;
        e->reason = reason;
        return std::nullopt;
    };

    // Header: names in any order; unknown ones are noted and ignored.
    Parsed parsed;
    parsed.delimiter = table->delimiter;
    const CsvReader::Record &header = table->records.constFirst();
    int at[ColumnCount];
    std::fill(std::begin(at), std::end(at), -1);
    for (int f = 0; f < header.fields.size(); ++f) {
        const QString name = header.fields.at(f).trimmed().toLower();
        const int c = int(columns().indexOf(name));
        if (c < 0) {
            parsed.notes
                << tr("The column \"%1\" is not known and was ignored.").arg(header.fields.at(f));
            continue;
        }
        if (at[c] >= 0)
            return fail(header.line, f + 1, tr("the column \"%1\" appears twice.").arg(name));
        at[c] = f;
    }
    for (const Column c : Required) {
        if (at[c] < 0)
            return fail(
                header.line, int(header.fields.size()) + 1,
                tr("the header has no \"%1\" column.").arg(QLatin1StringView(ColumnNames[c])));
    }
    if (table->records.size() == 1)
        return fail(header.line + 1, 1, tr("the file has a header but no sessions."));

    const InterviewSessionValidator validator(formatKeys);
    const qsizetype width = header.fields.size();
    parsed.rows.reserve(table->records.size() - 1);
    for (qsizetype r = 1; r < table->records.size(); ++r) {
        const CsvReader::Record &rec = table->records.at(r);
        if (rec.fields.size() != width) {
            const int column = int(qMin(rec.fields.size(), width)) + 1;
            return fail(rec.line, column,
                        tr("expected %1 fields as in the header, found %2.")
                            .arg(width)
                            .arg(rec.fields.size()));
        }
        auto cell = [&](Column c) {
            return at[c] >= 0 ? rec.fields.at(at[c]) : QString();
        };
        auto lineOf = [&](Column c) {
            return at[c] >= 0 ? rec.fieldLines.at(at[c]) : rec.line;
        };
        auto columnOf = [&](Column c) {
            return at[c] >= 0 ? at[c] + 1 : 1;
        };
        auto bad = [&](Column c, const QString &reason) {
            return fail(lineOf(c), columnOf(c), reason);
        };

        InterviewSession s;
        if (!InterviewSession::parseOccurredAt(cell(Date), &s.date, &s.time))
            return bad(Date,
                       tr("\"%1\" is not an ISO 8601 date (YYYY-MM-DD, or "
                          "YYYY-MM-DDTHH:MM).")
                           .arg(cell(Date)));
        if (!InterviewSession::kindFromKey(cell(Kind).trimmed().toLower(), &s.kind))
            return bad(Kind,
                       tr("the kind must be \"mock\" or \"real\", not \"%1\".").arg(cell(Kind)));
        s.format = cell(Format).trimmed().toLower();
        if (!InterviewSession::ranByFromKey(cell(RanBy).trimmed().toLower(), &s.ranBy))
            return bad(RanBy,
                       tr("ran_by must be \"self\", \"peer\", \"platform\" or empty, "
                          "not \"%1\".")
                           .arg(cell(RanBy)));
        s.company = unescapeFormula(cell(Company));
        s.role = unescapeFormula(cell(Role));
        if (at[Duration] >= 0 && !cell(Duration).trimmed().isEmpty()
            && !readNumber(cell(Duration), &s.durationMinutes))
            return bad(Duration,
                       tr("\"%1\" is not a whole number of minutes.").arg(cell(Duration)));
        if (!readNumber(cell(SelfScore), &s.selfScore))
            return bad(SelfScore,
                       tr("the self score must be a number from 1 to 5, not \"%1\".")
                           .arg(cell(SelfScore)));
        if (!cell(InterviewerScore).trimmed().isEmpty()
            && !readNumber(cell(InterviewerScore), &s.interviewerScore))
            return bad(InterviewerScore,
                       tr("the interviewer score must be a number from 1 to 5 or empty, not "
                          "\"%1\".")
                           .arg(cell(InterviewerScore)));
        const QString topics = unescapeFormula(cell(Topics));
        if (!topics.trimmed().isEmpty()) {
            for (const QString &item : topics.split(u';')) {
                const QString t = item.trimmed();
                if (t.isEmpty())
                    continue;
                InterviewTopicScore ts;
                const qsizetype colon = t.lastIndexOf(u':');
                ts.name = colon < 0 ? t : t.left(colon).trimmed();
                if (colon >= 0
                    && (!readNumber(t.mid(colon + 1), &ts.score) || ts.score < 1 || ts.score > 5))
                    return bad(Topics,
                               tr("the score of topic \"%1\" must be a number from 1 "
                                  "to 5.")
                                   .arg(ts.name));
                s.topics << ts;
            }
        }
        s.questionsAsked = unescapeFormula(cell(QuestionsAsked));
        s.wentWell = unescapeFormula(cell(WentWell));
        s.toImprove = unescapeFormula(cell(ToImprove));
        s.actionItems = unescapeFormula(cell(ActionItems));

        const auto problems = validator.validate(s);
        if (!problems.isEmpty()) {
            static const QHash<InterviewSessionValidator::Field, Column> columnOfField = {
                {InterviewSessionValidator::Field::Date, Date},
                {InterviewSessionValidator::Field::Kind, Kind},
                {InterviewSessionValidator::Field::Format, Format},
                {InterviewSessionValidator::Field::RanBy, RanBy},
                {InterviewSessionValidator::Field::Company, Company},
                {InterviewSessionValidator::Field::Role, Role},
                {InterviewSessionValidator::Field::Duration, Duration},
                {InterviewSessionValidator::Field::SelfScore, SelfScore},
                {InterviewSessionValidator::Field::InterviewerScore, InterviewerScore},
                {InterviewSessionValidator::Field::Topics, Topics},
            };
            const auto first = problems.constBegin();
            return bad(columnOfField.value(first.key(), Date), first.value());
        }
        parsed.rows.append({std::move(s), rec.line});
    }
    return parsed;
}

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What a validator finds wrong with a value: one problem per field, in field order. Dialogs
// show each problem beside its field; importers report it with the line and column of the
// record. The database's CHECK constraints stay as the last line of defence.
struct FieldProblem
{
    QString field; // the domain field's name, e.g. "name", "currency" (stable, untranslated)
    QString message; // translated, for the user

    bool operator==(const FieldProblem &o) const
    {
        return field == o.field && message == o.message;
    }
};

class Problems
{
public:
    void add(const QString &field, const QString &message) { m_list.append({field, message}); }
    bool isEmpty() const { return m_list.isEmpty(); }
    bool ok() const { return m_list.isEmpty(); }
    qsizetype size() const { return m_list.size(); }
    const QList<FieldProblem> &list() const { return m_list; }
    bool has(const QString &field) const { return !message(field).isEmpty(); }
    // The first problem of FIELD, or an empty string.
    QString message(const QString &field) const
    {
        for (const FieldProblem &p : m_list)
            if (p.field == field)
                return p.message;
        return {};
    }
    QStringList fields() const
    {
        QStringList out;
        for (const FieldProblem &p : m_list)
            out << p.field;
        return out;
    }
    // All problems as one text, one per line (for a message box or a log).
    QString text() const
    {
        QStringList lines;
        for (const FieldProblem &p : m_list)
            lines << p.message;
        return lines.join(QLatin1Char('\n'));
    }

private:
    QList<FieldProblem> m_list;
};

#include "previewtablemodel.h"

#include "domain/datetext.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

PreviewTableModel::PreviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PreviewTableModel::setRows(const OverviewRepository::Rows &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.columns.size());
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &v = m_rows.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(v);
    case Qt::UserRole:
        return v;
    case Qt::ToolTipRole: {
        // Long text (a pitch, a repository address) is elided in the cell: show all of it here.
        const QString text = displayValue(v);
        return text.size() > 30 ? text : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
            || v.typeId() == QMetaType::Double)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_rows.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(m_rows.columns[section]);
}

QString PreviewTableModel::columnTitle(const QString &key)
{
    static const QHash<QString, const char *> titles = {
        {u"skill"_s, QT_TR_NOOP("Skill")},
        {u"stage"_s, QT_TR_NOOP("Stage")},
        {u"category"_s, QT_TR_NOOP("Category")},
        {u"level"_s, QT_TR_NOOP("Level")},
        {u"target"_s, QT_TR_NOOP("Target")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"issuer"_s, QT_TR_NOOP("Issuer")},
        {u"cost"_s, QT_TR_NOOP("Cost")},
        {u"hours"_s, QT_TR_NOOP("Planned hours")},
        {u"exam"_s, QT_TR_NOOP("Exam")},
        {u"expiry"_s, QT_TR_NOOP("Expires")},
        {u"pitch"_s, QT_TR_NOOP("Pitch")},
        {u"started"_s, QT_TR_NOOP("Started")},
        {u"finished"_s, QT_TR_NOOP("Finished")},
        {u"ended"_s, QT_TR_NOOP("Ended")},
        {u"metrics"_s, QT_TR_NOOP("Results")},
        {u"repository"_s, QT_TR_NOOP("Repository")},
        {u"date"_s, QT_TR_NOOP("Date")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"format"_s, QT_TR_NOOP("Format")},
        {u"company"_s, QT_TR_NOOP("Company")},
        {u"role"_s, QT_TR_NOOP("Role")},
        {u"self"_s, QT_TR_NOOP("Self score")},
        {u"interviewer"_s, QT_TR_NOOP("Interviewer score")},
        {u"employer"_s, QT_TR_NOOP("Employer")},
        {u"position"_s, QT_TR_NOOP("Position")},
        {u"location"_s, QT_TR_NOOP("Location")},
        {u"institution"_s, QT_TR_NOOP("Institution")},
        {u"area"_s, QT_TR_NOOP("Area")},
        {u"degree"_s, QT_TR_NOOP("Degree")},
    };
    const char *t = titles.value(key);
    return t ? tr(t) : key;
}

QString PreviewTableModel::displayValue(const QVariant &v)
{
    static const QHash<QString, const char *> values = {
        {u"not_started"_s, QT_TR_NOOP("Not started")},
        {u"learning"_s, QT_TR_NOOP("Learning")},
        {u"proficient"_s, QT_TR_NOOP("Proficient")},
        {u"skipped"_s, QT_TR_NOOP("Skipped")},
        {u"considering"_s, QT_TR_NOOP("Considering")},
        {u"planned"_s, QT_TR_NOOP("Planned")},
        {u"studying"_s, QT_TR_NOOP("Studying")},
        {u"earned"_s, QT_TR_NOOP("Earned")},
        {u"expired"_s, QT_TR_NOOP("Expired")},
        {u"abandoned"_s, QT_TR_NOOP("Abandoned")},
        {u"idea"_s, QT_TR_NOOP("Idea")},
        {u"in_progress"_s, QT_TR_NOOP("In progress")},
        {u"done"_s, QT_TR_NOOP("Done")},
        {u"archived"_s, QT_TR_NOOP("Archived")},
        {u"mock"_s, QT_TR_NOOP("Mock")},
        {u"real"_s, QT_TR_NOOP("Real")},
        {u"coding"_s, QT_TR_NOOP("Coding")},
        {u"system_design"_s, QT_TR_NOOP("System design")},
        {u"ml_theory"_s, QT_TR_NOOP("ML theory")},
        {u"behavioural"_s, QT_TR_NOOP("Behavioural")},
        {u"take_home"_s, QT_TR_NOOP("Take-home")},
        {u"technical"_s, QT_TR_NOOP("Technical")},
        {u"screening"_s, QT_TR_NOOP("Screening")},
    };
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QLocale().toString(v.toDouble(), 'f', 2);
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QLocale().toString(v.toLongLong());
    const QString s = v.toString();
    if (const char *t = values.value(s))
        return tr(t);
    if (s.size() == 10 && s[4] == u'-') {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            return DateText::shortDate(d);
    }
    if (s.size() == 16 && s[10] == u'T') {
        const QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
        if (dt.isValid())
            return QLocale().toString(
                dt, DateText::shortFormat() + u" "_s + QLocale().timeFormat(QLocale::ShortFormat));
    }
    return s;
}

#include "questionbankmodel.h"

#include "db/interviewquestionrepository.h"
#include "domain/datetext.h"
#include "interviewstore.h"

#include <QLocale>

QuestionBankModel::QuestionBankModel(InterviewStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &InterviewStore::questionsChanged, this, &QuestionBankModel::reload);
}

int QuestionBankModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

int QuestionBankModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionBankModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewQuestion &q = m_questions.at(index.row());
    if (role == Qt::UserRole)
        return q.id;
    if (role == Qt::TextAlignmentRole && index.column() == TimesAsked)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Text)
        return q.answerNotes.isEmpty() ? q.text
                                       : tr("%1\n\nAnswer notes: %2").arg(q.text, q.answerNotes);
    // The Topics column is kept narrow; pointing at a cell shows the whole list.
    if (role == Qt::ToolTipRole && index.column() == Topics)
        return q.topics.join(QStringLiteral(", "));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Text:
        return q.text;
    case Topics:
        return q.topics.join(QStringLiteral(", "));
    case TimesAsked:
        return locale.toString(q.timesAsked);
    case LastAsked:
        return q.lastAsked.isValid() ? DateText::shortDate(q.lastAsked, locale) : tr("never");
    default:
        return {};
    }
}

QVariant QuestionBankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Text:
        return tr("Question");
    case Topics:
        return tr("Topics");
    case TimesAsked:
        return tr("Asked");
    case LastAsked:
        return tr("Last asked");
    default:
        return {};
    }
}

void QuestionBankModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void QuestionBankModel::reload()
{
    QString error;
    const auto found
        = InterviewQuestionRepository(m_store->connection()).search(m_search, -1, &error);
    if (!found) {
        m_lastError = tr("The question bank cannot be read: %1").arg(error);
        emit readFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    beginResetModel();
    m_questions = *found;
    endResetModel();
}

int QuestionBankModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_questions.size(); ++row)
        if (m_questions.at(row).id == id)
            return row;
    return -1;
}

#include "interviewfilterbar.h"

#include "common/optionaldateedit.h"
#include "common/wrappingrow.h"
#include "domain/interviewsession.h"
#include "interviewfilterproxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

InterviewFilterBar::InterviewFilterBar(InterviewFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_kind(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_topic(new QComboBox(this))
    , m_from(new OptionalDateEdit(this))
    , m_to(new OptionalDateEdit(this))
    , m_text(new QLineEdit(this))
{
    // The search and the choices, then the date range; when both do not fit on one line (a
    // small screen, a longer language), the dates take a line of their own.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new WrappingRow(this);
    layout->addWidget(row);
    auto *choices = new QWidget(row);
    auto *choiceRow = new QHBoxLayout(choices);
    choiceRow->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(u"sessionSearchEdit"_s);
    m_text->setPlaceholderText(tr("Search company, role, topics, notes"));
    m_text->setAccessibleName(tr("Search sessions"));
    m_text->setClearButtonEnabled(true);
    // Room for the placeholder's first words whatever the combos beside it want.
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    choiceRow->addWidget(m_text, 2);
    m_kind->setObjectName(u"kindFilterCombo"_s);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Mock and real"), -1);
    m_kind->addItem(tr("Mock only"), int(InterviewSession::Kind::Mock));
    m_kind->addItem(tr("Real only"), int(InterviewSession::Kind::Real));
    choiceRow->addWidget(m_kind);
    m_format->setObjectName(u"formatFilterCombo"_s);
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("All formats"), QString());
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_format->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    choiceRow->addWidget(m_format);
    m_topic->setObjectName(u"topicFilterCombo"_s);
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->addItem(tr("All topics"), QString());
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_topic->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    choiceRow->addWidget(m_topic);
    auto *dates = new QWidget(row);
    auto *dateRow = new QHBoxLayout(dates);
    dateRow->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("From"), dates);
    dateRow->addWidget(fromLabel);
    m_from->setObjectName(u"fromDateFilter"_s);
    m_from->setLabel(tr("From"));
    dateRow->addWidget(m_from);
    auto *toLabel = new QLabel(tr("to"), dates);
    dateRow->addWidget(toLabel);
    m_to->setObjectName(u"toDateFilter"_s);
    m_to->setLabel(tr("To"));
    dateRow->addWidget(m_to);
    dateRow->addStretch(1);
    row->addGroup(choices, 1);
    row->addGroup(dates);

    connect(m_text, &QLineEdit::textChanged, m_proxy, &InterviewFilterProxy::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kind->currentData().toInt()); });
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFormat(m_format->currentData().toString()); });
    connect(m_topic, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTopic(m_topic->currentData().toString()); });
    connect(m_from, &OptionalDateEdit::dateChanged, this, &InterviewFilterBar::applyDates);
    connect(m_to, &OptionalDateEdit::dateChanged, this, &InterviewFilterBar::applyDates);
}

void InterviewFilterBar::applyDates()
{
    m_proxy->setDateRange(m_from->date(), m_to->date());
}

void InterviewFilterBar::setChoices(const QHash<QString, QString> &formatNames,
                                    const QStringList &topics)
{
    const auto refill = [](QComboBox *combo, const QList<std::pair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
        return index >= 0 || current.isEmpty();
    };
    QList<std::pair<QString, QString>> formats;
    for (auto it = formatNames.cbegin(); it != formatNames.cend(); ++it)
        formats.append({it.value(), it.key()});
    std::sort(formats.begin(), formats.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    QList<std::pair<QString, QString>> topicItems;
    for (const QString &t : topics)
        topicItems.append({t, t});
    if (!refill(m_format, formats))
        m_proxy->setFormat(QString());
    if (!refill(m_topic, topicItems))
        m_proxy->setTopic(QString());
}

void InterviewFilterBar::setTopic(const QString &name)
{
    const int index = m_topic->findData(name);
    m_topic->setCurrentIndex(index < 0 ? 0 : index);
}

void InterviewFilterBar::clear()
{
    m_text->clear();
    m_kind->setCurrentIndex(0);
    m_format->setCurrentIndex(0);
    m_topic->setCurrentIndex(0);
    m_from->setDate({});
    m_to->setDate({});
}

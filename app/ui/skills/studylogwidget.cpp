#include "studylogwidget.h"

#include "addstudysessioncommand.h"
#include "deletestudysessioncommand.h"
#include "domain/datetext.h"
#include "domain/hourstext.h"
#include "roadmapstore.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

StudyLogWidget::StudyLogWidget(RoadmapStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(this))
    , m_total(new QLabel(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_hours(new QDoubleSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_log(new QPushButton(tr("&Log"), this))
    , m_delete(new QPushButton(tr("Delete Session"), this))
    , m_hoursLabel(new QLabel(tr("Ho&urs:"), this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(u"studySessionTable"_s);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 0, 0, 1, 4);
    m_total->setObjectName(u"studyTotalLabel"_s);
    m_total->setWordWrap(true);
    layout->addWidget(m_total, 1, 0, 1, 3);
    m_delete->setObjectName(u"deleteSessionButton"_s);
    layout->addWidget(m_delete, 1, 3);

    // Study time in hours, as certifications log it, and the date with its four-digit year.
    m_date->setObjectName(u"studyDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateText::shortFormat());
    m_date->setMaximumDate(QDate::currentDate());
    m_hours->setObjectName(u"studyHoursSpin"_s);
    m_hours->setRange(0.25, 24); // study_sessions keeps at most a day per session
    m_hours->setSingleStep(0.25);
    m_hours->setDecimals(2);
    m_hours->setValue(1);
    m_hours->setSuffix(HoursText::spinSuffix());
    m_hoursLabel->setBuddy(m_hours);
    m_note->setObjectName(u"studyNoteEdit"_s);
    m_note->setPlaceholderText(tr("What you studied (optional)"));
    m_log->setObjectName(u"logStudyButton"_s);
    // Two rows, so that nothing is cut in a narrow pane: when and how long, then what.
    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 1);
    when->addWidget(m_hoursLabel);
    when->addWidget(m_hours);
    layout->addLayout(when, 2, 0, 1, 4);
    layout->addWidget(m_note, 3, 0, 1, 3);
    layout->addWidget(m_log, 3, 3);
    layout->setColumnStretch(0, 1);

    connect(m_log, &QPushButton::clicked, this, &StudyLogWidget::logSession);
    connect(m_note, &QLineEdit::returnPressed, this, &StudyLogWidget::logSession);
    connect(m_delete, &QPushButton::clicked, this, &StudyLogWidget::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_delete->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(store, &RoadmapStore::detailsChanged, this, [this](qint64 id) {
        if (id == m_skillId)
            refresh();
    });
}

void StudyLogWidget::showSkill(qint64 skillId)
{
    m_skillId = skillId;
    refresh();
}

void StudyLogWidget::refresh()
{
    m_sessions = m_skillId > 0 ? m_store->studySessions(m_skillId) : QList<StudySession>();
    m_table->setRowCount(int(m_sessions.size()));
    const QLocale locale;
    int minutes = 0;
    for (int r = 0; r < m_sessions.size(); ++r) {
        const StudySession &s = m_sessions[r];
        minutes += s.minutes;
        auto *date = new QTableWidgetItem(DateText::shortDate(s.studiedOn, locale));
        auto *time = new QTableWidgetItem(HoursText::fromMinutes(s.minutes, locale));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, date);
        m_table->setItem(r, 1, time);
        m_table->setItem(r, 2, new QTableWidgetItem(s.note));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_total->setText(m_sessions.isEmpty()
                         ? tr("No study time logged for this skill yet.")
                         //: %1 is a number of hours, e.g. "12.5 hours"
                         : tr("%n session(s), %1 in all", nullptr, int(m_sessions.size()))
                               .arg(HoursText::spelled(minutes / 60.0, locale)));
    m_delete->setEnabled(false);
    setEnabled(m_skillId > 0);
}

void StudyLogWidget::logSession()
{
    if (m_skillId <= 0)
        return;
    StudySession s;
    s.skillId = m_skillId;
    s.studiedOn = m_date->date();
    s.minutes = qBound(1, int(std::lround(m_hours->value() * 60)), 1440);
    s.note = m_note->text().trimmed();
    m_store->undoStack()->push(new AddStudySessionCommand(m_store, s));
    m_note->clear();
}

void StudyLogWidget::deleteSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_sessions.size())
        return;
    m_store->undoStack()->push(new DeleteStudySessionCommand(m_store, m_sessions[row]));
}

#include "logstudydialog.h"

#include "common/fieldproblems.h"
#include "domain/datetext.h"
#include "domain/hourstext.h"
#include "domain/studysessionvalidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

LogStudyDialog::LogStudyDialog(const Certification &certification,
                               const QList<CertificationRepository::SkillChoice> &skills,
                               QWidget *parent)
    : QDialog(parent)
    , m_certificationId(certification.id)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_hours(new QDoubleSpinBox(this))
    , m_skill(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_hoursError(new QLabel(this))
{
    setObjectName(u"logStudyDialog"_s);
    setWindowTitle(tr("Log Study Time"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Study time for <b>%1</b>: %2 logged of %3 planned.")
                                   .arg(certification.name.toHtmlEscaped(),
                                        HoursText::abbreviated(certification.loggedHours),
                                        HoursText::abbreviated(certification.plannedHours)),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    // The amount first: it is what changes every time, so the dialog opens on it and typing
    // "3 Enter" logs three hours. (Opened on the date, Tab walked through the date's day, month
    // and year, so "Tab 50 Enter" logged the default hour.)
    m_hours->setObjectName(u"studyHoursSpin"_s);
    // Any amount can be typed; more than a day is refused with a message on accept rather than
    // cut to what fits (a maximum of 24 made "50" read as "5").
    m_hours->setRange(0.25, 999);
    m_hours->setSingleStep(0.25);
    m_hours->setDecimals(2);
    m_hours->setValue(1);
    m_hours->setSuffix(HoursText::spinSuffix());
    m_hoursError->setObjectName(u"studyHoursError"_s);
    FieldProblems::style(m_hoursError);
    m_hoursError->hide();
    connect(m_hours, &QDoubleSpinBox::valueChanged, m_hoursError, &QWidget::hide);
    auto *hoursRow = new QWidget(this);
    auto *hoursLayout = new QHBoxLayout(hoursRow);
    hoursLayout->setContentsMargins(0, 0, 0, 0);
    hoursLayout->addWidget(m_hours);
    hoursLayout->addWidget(m_hoursError, 1);
    auto *hoursLabel = new QLabel(tr("&Hours:"), this);
    hoursLabel->setBuddy(m_hours); // the field, not the row that holds it and its message
    // A screen reader finds a label only among the field's siblings; the row hides it.
    m_hours->setAccessibleName(tr("Hours"));
    form->addRow(hoursLabel, hoursRow);
    m_date->setObjectName(u"studyDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateText::shortFormat());
    // Time is logged once studied: not in the future.
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);
    m_skill->setObjectName(u"studySkillCombo"_s);
    m_skill->addItem(tr("No particular skill"), QVariant());
    // The skills this certification covers first, then the rest of the roadmap.
    for (int pass = 0; pass < 2; ++pass) {
        for (const CertificationRepository::SkillChoice &s : skills) {
            const bool linked = certification.skillIds.contains(s.id);
            if (linked == (pass == 0))
                m_skill->addItem(s.name, s.id);
        }
        if (pass == 0 && m_skill->count() > 1)
            m_skill->insertSeparator(m_skill->count());
    }
    form->addRow(tr("&Skill:"), m_skill);
    m_note->setObjectName(u"studyNoteEdit"_s);
    m_note->setPlaceholderText(tr("What you worked on (optional)"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Tab in reading order: the amount, then the date (made first, it came last).
    QWidget::setTabOrder(m_hours, m_date);
    QWidget::setTabOrder(m_date, m_skill);
    m_hours->setFocus();
    m_hours->selectAll();
}

void LogStudyDialog::accept()
{
    // The study-session rules (core): one session is more than nothing and at most a day.
    const Problems problems = StudySessionValidator::validate(session());
    if (!problems.ok()) {
        m_hoursError->setText(problems.message(u"minutes"_s));
        m_hoursError->setVisible(problems.has(u"minutes"_s));
        m_hours->setFocus();
        m_hours->selectAll();
        return;
    }
    QDialog::accept();
}

StudySession LogStudyDialog::session() const
{
    StudySession s;
    s.certificationId = m_certificationId;
    s.studiedOn = m_date->date();
    s.minutes = int(std::lround(m_hours->value() * 60));
    if (m_skill->currentData().isValid())
        s.skillId = m_skill->currentData().toLongLong();
    s.note = m_note->text().trimmed();
    return s;
}

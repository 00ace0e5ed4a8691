#include "logstudydialog.h"

#include "certificationtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
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
{
    setObjectName(u"logStudyDialog"_s);
    setWindowTitle(tr("Log Study Time"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Study time for <b>%1</b>: %2 logged of %3 planned.")
                                   .arg(certification.name.toHtmlEscaped(),
                                        CertificationText::hours(certification.loggedHours),
                                        CertificationText::hours(certification.plannedHours)),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    m_date->setObjectName(u"studyDateEdit"_s);
    m_date->setCalendarPopup(true);
    // Time is logged once studied: not in the future.
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);
    m_hours->setObjectName(u"studyHoursSpin"_s);
    // One session is at most a day: study_sessions keeps 1 to 1,440 minutes.
    m_hours->setRange(0.25, 24);
    m_hours->setSingleStep(0.25);
    m_hours->setDecimals(2);
    m_hours->setValue(1);
    m_hours->setSuffix(tr(" h"));
    form->addRow(tr("&Hours:"), m_hours);
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
}

CertificationRepository::StudySession LogStudyDialog::session() const
{
    CertificationRepository::StudySession s;
    s.certificationId = m_certificationId;
    s.studiedOn = m_date->date();
    s.minutes = qBound(1, int(std::lround(m_hours->value() * 60)), 1440);
    if (m_skill->currentData().isValid())
        s.skillId = m_skill->currentData().toLongLong();
    s.note = m_note->text().trimmed();
    return s;
}

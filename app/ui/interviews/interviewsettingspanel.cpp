#include "interviewsettingspanel.h"

#include "calc/interviewreadiness.h"
#include "db/database.h"
#include "db/settingsrepository.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

InterviewSettingsPanel::InterviewSettingsPanel(const WorkbenchContext &context, QWidget *parent)
    : SettingsPanel(context, parent)
    , m_target(new QDoubleSpinBox(this))
{
    setObjectName(u"interviewSettingsPanel"_s);
    auto *form = new QFormLayout(this);
    m_target->setObjectName(u"targetScoreSpin"_s);
    m_target->setRange(1.0, 5.0);
    m_target->setSingleStep(0.5);
    m_target->setDecimals(1);
    form->addRow(tr("&Target score (1-5):"), m_target);
    auto *note = new QLabel(tr("A format counts as ready when the average of its last %1 "
                               "sessions reaches this score (the interviewer's score where "
                               "there is one, else your own).")
                                .arg(InterviewReadiness::RecentSessions),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    load();
}

void InterviewSettingsPanel::load()
{
    QString error;
    const std::optional<double> target
        = SettingsRepository(m_context.database->connection())
              .doubleValue(QString::fromLatin1(InterviewReadiness::TargetScoreKey),
                           InterviewReadiness::DefaultTargetScore, &error);
    setReadError(target ? QString() : tr("The target score cannot be read: %1").arg(error));
    m_target->setValue(target.value_or(InterviewReadiness::DefaultTargetScore));
}

bool InterviewSettingsPanel::save(QString *error)
{
    QString why;
    const bool ok = SettingsRepository(m_context.database->connection())
                        .setValue(QString::fromLatin1(InterviewReadiness::TargetScoreKey),
                                  m_target->value(), &why);
    if (!ok && error)
        *error = tr("The interview target score could not be saved: %1").arg(why);
    return ok;
}

#include "projectsummary.h"

#include "calc/impactline.h"
#include "domain/datetext.h"
#include "domain/projectvalidator.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProjectSummary::ProjectSummary(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *v = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setObjectName(u"summaryTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    v->addWidget(m_title);
    m_pitch = new QLabel(content);
    m_pitch->setObjectName(u"summaryPitch"_s);
    m_pitch->setTextFormat(Qt::PlainText);
    m_pitch->setWordWrap(true);
    v->addWidget(m_pitch);

    auto *links = new QHBoxLayout;
    m_openRepository = new QPushButton(tr("Open &Repository"), content);
    m_openRepository->setObjectName(u"openRepositoryButton"_s);
    m_openDemo = new QPushButton(tr("Open De&mo"), content);
    m_openDemo->setObjectName(u"openDemoButton"_s);
    links->addWidget(m_openRepository);
    links->addWidget(m_openDemo);
    links->addStretch(1);
    v->addLayout(links);
    connect(m_openRepository, &QPushButton::clicked, this,
            [this] { openLink(m_project.repositoryUrl); });
    connect(m_openDemo, &QPushButton::clicked, this, [this] { openLink(m_project.demoUrl); });

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    v->addLayout(m_form);
    addRow(tr("Results:"), u"impact"_s);
    addRow(tr("Highlights:"), u"highlights"_s);
    addRow(tr("Problem:"), u"problem"_s);
    addRow(tr("Target:"), u"target"_s);
    addRow(tr("Approach:"), u"approach"_s);
    addRow(tr("Architecture:"), u"architecture"_s);
    addRow(tr("Dataset:"), u"dataset"_s);
    addRow(tr("Role:"), u"role"_s);
    addRow(tr("Status:"), u"status"_s);
    v->addStretch(1);
    setWidget(content);
    setProject(nullptr);
}

QLabel *ProjectSummary::addRow(const QString &label, const QString &objectName)
{
    auto *l = new QLabel(widget());
    l->setObjectName(objectName + u"Label"_s);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, l);
    m_fields.insert(objectName, l);
    return l;
}

void ProjectSummary::setProject(const Project *project)
{
    m_project = project ? *project : Project();
    const bool has = project != nullptr;
    m_title->setText(has ? m_project.name : tr("Select a project to see its story."));
    m_pitch->setText(m_project.pitch);
    m_pitch->setVisible(!m_project.pitch.isEmpty());
    m_openRepository->setVisible(has);
    m_openDemo->setVisible(has);
    m_openRepository->setEnabled(ProjectValidator::isOpenableUrl(m_project.repositoryUrl));
    m_openDemo->setEnabled(ProjectValidator::isOpenableUrl(m_project.demoUrl));
    m_openRepository->setToolTip(m_project.repositoryUrl);
    m_openDemo->setToolTip(m_project.demoUrl);

    QStringList target;
    for (const QString &t : {m_project.targetIndustry, m_project.targetCompany}) {
        if (!t.trimmed().isEmpty())
            target << t.trimmed();
    }
    const QLocale locale;
    QString status = Project::statusName(m_project.status);
    if (m_project.startedOn.isValid() && m_project.finishedOn.isValid())
        status = tr("%1, %2 to %3")
                     .arg(status, DateText::shortDate(m_project.startedOn, locale),
                          DateText::shortDate(m_project.finishedOn, locale));
    else if (m_project.startedOn.isValid())
        status = tr("%1, since %2").arg(status, DateText::shortDate(m_project.startedOn, locale));
    const QHash<QString, QString> values = {
        {u"impact"_s, impactLines().join(u'\n')}, {u"highlights"_s, m_project.highlights},
        {u"problem"_s, m_project.problem},        {u"target"_s, target.join(u", "_s)},
        {u"approach"_s, m_project.approach},      {u"architecture"_s, m_project.architectureNotes},
        {u"dataset"_s, m_project.dataset},        {u"role"_s, m_project.role},
        {u"status"_s, has ? status : QString()},
    };
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = values.value(it.key());
        it.value()->setText(text);
        m_form->setRowVisible(it.value(), !text.isEmpty());
    }
}

QStringList ProjectSummary::impactLines() const
{
    QStringList lines;
    for (const ProjectMetric &m : m_project.metrics)
        lines << ImpactLine::text(m);
    return lines;
}

bool ProjectSummary::openLink(const QString &text)
{
    const QUrl url = ProjectValidator::openableUrl(text);
    return url.isValid() && QDesktopServices::openUrl(url);
}

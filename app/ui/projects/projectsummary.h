#pragma once

#include "domain/project.h"

#include <QScrollArea>

class QFormLayout;
class QLabel;
class QPushButton;

// The selected project as a reader sees it: pitch, problem, target, approach, architecture,
// dataset, role, status and dates, links (opened in the browser only for http and https), the
// impact line of every metric and the highlights. All user text is shown as plain text.
class ProjectSummary : public QScrollArea
{
    Q_OBJECT
public:
    explicit ProjectSummary(QWidget *parent = nullptr);

    // PROJECT, or nothing selected when nullptr.
    void setProject(const Project *project);
    // The impact lines shown, one per metric (tests).
    QStringList impactLines() const;

    // Opens TEXT in the browser when it is an http or https address; false otherwise.
    static bool openLink(const QString &text);

private:
    QLabel *addRow(const QString &label, const QString &objectName);

    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_pitch;
    QHash<QString, QLabel *> m_fields;
    QPushButton *m_openRepository;
    QPushButton *m_openDemo;
    Project m_project;
};

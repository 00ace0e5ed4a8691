#pragma once

#include <QWidget>

class EvidenceListWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class RoadmapStore;
class StudyLogWidget;

// The side panel of the Skills page: the selected skill's name, stage, category,
// description, notes and prerequisites, its evidence, and its study log.
class SkillDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SkillDetailsPanel(RoadmapStore *store, QWidget *parent = nullptr);

    void showSkill(qint64 skillId);
    qint64 skillId() const { return m_skillId; }
    // Saves text still being edited (description, notes, name) as undoable edits.
    void commitPending();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void fillChoices();
    void commitText();
    void commitAliases();
    void warnOfSharedAliases();
    void moveTo();
    void addPrerequisite();
    void removePrerequisite();

    RoadmapStore *m_store;
    qint64 m_skillId = 0;
    bool m_filling = false;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QLineEdit *m_aliases;
    QLabel *m_aliasWarning;
    QComboBox *m_stage;
    QComboBox *m_category;
    QLabel *m_unproven;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_notes;
    QListWidget *m_prerequisites;
    QComboBox *m_prerequisiteChoice;
    QPushButton *m_addPrerequisite;
    QPushButton *m_removePrerequisite;
    QLabel *m_prerequisiteMessage;
    EvidenceListWidget *m_evidence;
    StudyLogWidget *m_studyLog;
};

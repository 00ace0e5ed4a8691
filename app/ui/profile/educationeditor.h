#pragma once

#include "domain/educationentry.h"
#include "entrylisteditorfor.h"

class OptionalDateEdit;
class PlainTextField;
class QLineEdit;

// Education: institution, area of study, degree, web address, dates, score and courses (one
// per line), in the order the user drags them into.
class EducationEditor : public EntryListEditorFor<EducationEntry>
{
    Q_OBJECT
public:
    EducationEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

protected:
    QStringList labels() const override;
    void showEntry(int row) override;
    EducationEntry fromForm(int row) const override;
    EducationEntry newEntry() const override;
    QLineEdit *firstField() const override;
    QString addText() const override;
    QString editText(const EducationEntry &e) const override;
    QString removeText(const EducationEntry &e) const override;
    QString reorderText() const override;

private:
    QLineEdit *m_institution;
    QLineEdit *m_area;
    QLineEdit *m_studyType;
    QLineEdit *m_url;
    OptionalDateEdit *m_started;
    OptionalDateEdit *m_ended;
    QLineEdit *m_score;
    PlainTextField *m_courses;
};

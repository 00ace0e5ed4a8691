#include "educationeditor.h"

#include "common/optionaldateedit.h"
#include "entryorder.h"
#include "plaintextfield.h"
#include "resumestore.h"

#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

EducationEditor::EducationEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent)
    : EntryListEditorFor(store, undoStack, u"education"_s,
                         {[store] { return store->education(); },
                          [store](const EducationEntry &e) { return store->addEducation(e); },
                          [store](const EducationEntry &e) { return store->updateEducation(e); },
                          [store](qint64 id) { return store->removeEducation(id); },
                          [store](const QList<EducationEntry> &e) {
                              return store->reorderEducation(e);
                          }},
                         parent)
    , m_institution(new QLineEdit(this))
    , m_area(new QLineEdit(this))
    , m_studyType(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_started(new OptionalDateEdit(this))
    , m_ended(new OptionalDateEdit(this))
    , m_score(new QLineEdit(this))
    , m_courses(new PlainTextField(this))
{
    list()->setAccessibleName(tr("Education"));
    setTexts(tr("&Add education"), tr("No education yet. Add degrees, diplomas and long courses."));
    m_institution->setObjectName(u"educationInstitution"_s);
    m_area->setObjectName(u"educationArea"_s);
    m_studyType->setObjectName(u"educationStudyType"_s);
    m_url->setObjectName(u"educationUrl"_s);
    m_started->setObjectName(u"educationStarted"_s);
    m_ended->setObjectName(u"educationEnded"_s);
    m_score->setObjectName(u"educationScore"_s);
    m_courses->setObjectName(u"educationCourses"_s);
    m_area->setPlaceholderText(tr("e.g. Computer Science"));
    m_studyType->setPlaceholderText(tr("e.g. Bachelor, Master, Diploma"));
    m_score->setPlaceholderText(tr("e.g. 3.8 GPA, First-class honours"));
    m_url->setPlaceholderText(tr("https://..."));
    m_courses->setPlaceholderText(tr("One course per line"));
    addField(tr("&Institution:"), m_institution, u"institution"_s);
    addField(tr("Area of stud&y:"), m_area, u"area"_s);
    addField(tr("&Degree:"), m_studyType, u"studyType"_s);
    addField(tr("&Web address:"), m_url, u"url"_s);
    addField(tr("S&tarted:"), m_started, u"startedOn"_s);
    addField(tr("E&nded:"), m_ended, u"endedOn"_s);
    addField(tr("Sc&ore:"), m_score, u"score"_s);
    addField(tr("Course&s:"), m_courses, u"courses"_s);
    m_started->setLabel(tr("Started"));
    m_ended->setLabel(tr("Ended"));
    for (QLineEdit *e : {m_institution, m_area, m_studyType, m_url, m_score})
        connect(e, &QLineEdit::editingFinished, this, &EducationEditor::commit);
    connect(m_courses, &PlainTextField::editingFinished, this, &EducationEditor::commit);
    for (OptionalDateEdit *d : {m_started, m_ended})
        connect(d, &OptionalDateEdit::dateChanged, this, &EducationEditor::commit);
    connect(store, &ResumeStore::partChanged, this, [this](ResumeStore::Part part) {
        if (part == ResumeStore::Part::Education)
            reload();
    });
}

QStringList EducationEditor::labels() const
{
    QStringList out;
    for (const EducationEntry &e : m_entries) {
        const QString what = QStringList {e.studyType, e.area}.join(u' ').trimmed();
        //: Education in the list: "Degree Area, Institution"
        out << (what.isEmpty() ? e.institution : tr("%1, %2").arg(what, e.institution));
    }
    return out;
}

void EducationEditor::showEntry(int row)
{
    const EducationEntry e = m_entries.value(row);
    m_institution->setText(e.institution);
    m_area->setText(e.area);
    m_studyType->setText(e.studyType);
    m_url->setText(e.url);
    m_started->setDate(e.startedOn);
    m_ended->setDate(e.endedOn);
    m_score->setText(e.score);
    m_courses->setText(e.courses.join(u'\n'));
}

EducationEntry EducationEditor::fromForm(int row) const
{
    EducationEntry e = m_entries.value(row);
    e.institution = m_institution->text().trimmed();
    e.area = m_area->text().trimmed();
    e.studyType = m_studyType->text().trimmed();
    e.url = m_url->text().trimmed();
    e.startedOn = m_started->date();
    e.endedOn = m_ended->date();
    e.score = m_score->text().trimmed();
    e.courses = EntryOrder::lines(m_courses->text());
    return e;
}

EducationEntry EducationEditor::newEntry() const
{
    EducationEntry e;
    e.institution = tr("New institution");
    return e;
}

QLineEdit *EducationEditor::firstField() const
{
    return m_institution;
}

QString EducationEditor::addText() const
{
    return tr("Add education");
}

QString EducationEditor::editText(const EducationEntry &e) const
{
    return tr("Edit education at %1").arg(e.institution);
}

QString EducationEditor::removeText(const EducationEntry &e) const
{
    return tr("Remove education at %1").arg(e.institution);
}

QString EducationEditor::reorderText() const
{
    return tr("Reorder education");
}

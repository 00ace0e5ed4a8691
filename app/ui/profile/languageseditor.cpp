#include "languageseditor.h"

#include "db/languagerepository.h"
#include "resumestore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

LanguagesEditor::LanguagesEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent)
    : EntryListEditorFor(store, undoStack, u"language"_s,
                         {[store] { return store->languages(); },
                          [store](const LanguageEntry &e) { return store->addLanguage(e); },
                          [store](const LanguageEntry &e) { return store->updateLanguage(e); },
                          [store](qint64 id) { return store->removeLanguage(id); },
                          [store](const QList<LanguageEntry> &e) {
                              return store->reorderLanguages(e);
                          }},
                         parent)
    , m_language(new QLineEdit(this))
    , m_fluency(new QComboBox(this))
{
    list()->setAccessibleName(tr("Languages"));
    setTexts(tr("&Add language"), tr("No languages yet. Add the languages you work in."));
    m_language->setObjectName(u"languageName"_s);
    m_fluency->setObjectName(u"languageFluency"_s);
    m_fluency->setEditable(true);
    m_fluency->setInsertPolicy(QComboBox::NoInsert);
    // Suggestions only: any words the user prefers are kept as typed.
    m_fluency->addItems({tr("native"), tr("fluent"), u"C2"_s, u"C1"_s, u"B2"_s, u"B1"_s, u"A2"_s,
                         u"A1"_s, tr("conversational"), tr("basic")});
    m_fluency->setCurrentIndex(-1);
    m_fluency->lineEdit()->setAccessibleName(tr("Fluency"));
    addField(tr("&Language:"), m_language, u"language"_s);
    addField(tr("Fluenc&y:"), m_fluency, u"fluency"_s);
    connect(m_language, &QLineEdit::editingFinished, this, &LanguagesEditor::commit);
    connect(m_fluency->lineEdit(), &QLineEdit::editingFinished, this, &LanguagesEditor::commit);
    connect(m_fluency, &QComboBox::activated, this, &LanguagesEditor::commit);
    connect(store, &ResumeStore::partChanged, this, [this](ResumeStore::Part part) {
        if (part == ResumeStore::Part::Languages)
            reload();
    });
}

QStringList LanguagesEditor::labels() const
{
    QStringList out;
    for (const LanguageEntry &e : m_entries)
        out << LanguageRepository::displayText(e);
    return out;
}

void LanguagesEditor::showEntry(int row)
{
    const LanguageEntry e = m_entries.value(row);
    m_language->setText(e.language);
    m_fluency->setCurrentText(e.fluency);
}

LanguageEntry LanguagesEditor::fromForm(int row) const
{
    LanguageEntry e = m_entries.value(row);
    e.language = m_language->text().trimmed();
    e.fluency = m_fluency->currentText().trimmed();
    return e;
}

LanguageEntry LanguagesEditor::newEntry() const
{
    LanguageEntry e;
    e.language = tr("New language");
    return e;
}

QLineEdit *LanguagesEditor::firstField() const
{
    return m_language;
}

QString LanguagesEditor::addText() const
{
    return tr("Add language");
}

QString LanguagesEditor::editText(const LanguageEntry &e) const
{
    return tr("Edit language %1").arg(e.language);
}

QString LanguagesEditor::removeText(const LanguageEntry &e) const
{
    return tr("Remove language %1").arg(e.language);
}

QString LanguagesEditor::reorderText() const
{
    return tr("Reorder languages");
}

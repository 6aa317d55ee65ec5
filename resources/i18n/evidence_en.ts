<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementReport</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/agreements/bundle.py" line="60"/>
        <source>Replace %n agreement records you edited with the bundle&apos;s newer ones?</source>
        <translation>
            <numerusform>Replace %n agreement record you edited with the bundle&apos;s newer one?</numerusform>
            <numerusform>Replace %n agreement records you edited with the bundle&apos;s newer ones?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_actions.py" line="127"/>
        <source>Add %n excerpts to a case. Excerpts of a source already in the case join its exhibit.</source>
        <translation>
            <numerusform>Add %n excerpt to a case. Excerpts of a source already in the case join its exhibit.</numerusform>
            <numerusform>Add %n excerpts to a case. Excerpts of a source already in the case join its exhibit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseExports</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="65"/>
        <source>Evidence summary saved to %1 (%n excerpts). %2</source>
        <translation>
            <numerusform>Evidence summary saved to %1 (%n excerpt). %2</numerusform>
            <numerusform>Evidence summary saved to %1 (%n excerpts). %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="103"/>
        <source>Index by legal element saved to %1 (%n lines). %2</source>
        <translation>
            <numerusform>Index by legal element saved to %1 (%n line). %2</numerusform>
            <numerusform>Index by legal element saved to %1 (%n lines). %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_exports.py" line="138"/>
        <source>%n citations saved to %1.</source>
        <translation>
            <numerusform>%n citation saved to %1.</numerusform>
            <numerusform>%n citations saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_tabs.py" line="35"/>
        <source>C&amp;overage (%n gaps)</source>
        <translation>
            <numerusform>C&amp;overage (%n gap)</numerusform>
            <numerusform>C&amp;overage (%n gaps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/case_tabs.py" line="39"/>
        <source>Sc&amp;reen (%n to check)</source>
        <translation>
            <numerusform>Sc&amp;reen (%n to check)</numerusform>
            <numerusform>Sc&amp;reen (%n to check)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/cases_view.py" line="341"/>
        <source>Delete the case “%1” and its list of %n exhibits? The sources and excerpts stay in the library.</source>
        <translation>
            <numerusform>Delete the case “%1” and its list of %n exhibit? The sources and excerpts stay in the library.</numerusform>
            <numerusform>Delete the case “%1” and its list of %n exhibits? The sources and excerpts stay in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitationChecksLabel</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/export/citation_checks.py" line="59"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="123"/>
        <source>%1 + %n agreement terms</source>
        <translation>
            <numerusform>%1 + %n agreement term</numerusform>
            <numerusform>%1 + %n agreement terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="144"/>
        <source>%n excerpts support “%1” for %2.</source>
        <translation>
            <numerusform>%n excerpt supports “%1” for %2.</numerusform>
            <numerusform>%n excerpts support “%1” for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/coverage_view.py" line="148"/>
        <source>The agreement&apos;s own terms count too (%n): its text or a source about it is an exhibit.</source>
        <translation>
            <numerusform>The agreement&apos;s own term counts too (%n): its text or a source about it is an exhibit.</numerusform>
            <numerusform>The agreement&apos;s own terms count too (%n): its text or a source about it is an exhibit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/library_view/excerpts_panel.py" line="335"/>
        <source>Delete %n excerpts</source>
        <translation>
            <numerusform>Delete %n excerpt</numerusform>
            <numerusform>Delete %n excerpts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExhibitsList</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/exhibits_list.py" line="270"/>
        <source>Remove Tab %1 and its %n chosen excerpts from the case? The excerpts stay in the library.</source>
        <translation>
            <numerusform>Remove Tab %1 and its %n chosen excerpt from the case? The excerpts stay in the library.</numerusform>
            <numerusform>Remove Tab %1 and its %n chosen excerpts from the case? The excerpts stay in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExhibitsModel</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="85"/>
        <source>All (%n)</source>
        <translation>
            <numerusform>All (%n)</numerusform>
            <numerusform>All (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/exhibits_model.py" line="101"/>
        <source>Published %1, %n years ago.</source>
        <translation>
            <numerusform>Published %1, %n year ago.</numerusform>
            <numerusform>Published %1, %n years ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="188"/>
        <source>“%1” for %2: %n exhibits.</source>
        <translation>
            <numerusform>“%1” for %2: %n exhibit.</numerusform>
            <numerusform>“%1” for %2: %n exhibits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/export/export_dialog.py" line="364"/>
        <source>The packet has %n pages in one file.</source>
        <translation>
            <numerusform>The packet has %n page in one file.</numerusform>
            <numerusform>The packet has %n pages in one file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/main_window.py" line="348"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcrDialog</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="121"/>
        <source>%1 (%n pages)</source>
        <translation>
            <numerusform>%1 (%n page)</numerusform>
            <numerusform>%1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="202"/>
        <source>%n sources can now be searched.</source>
        <translation>
            <numerusform>%n source can now be searched.</numerusform>
            <numerusform>%n sources can now be searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/dialogs/ocr_dialog.py" line="208"/>
        <source>%n sources could not be read:</source>
        <translation>
            <numerusform>%n source could not be read:</numerusform>
            <numerusform>%n sources could not be read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketPreview</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/cases/packet_preview.py" line="226"/>
        <source>%n pages. This is how the packet will look.</source>
        <translation>
            <numerusform>%n page. This is how the packet will look.</numerusform>
            <numerusform>%n pages. This is how the packet will look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/library_view/results_view.py" line="239"/>
        <source>%n sources match</source>
        <translation>
            <numerusform>%n source matches</numerusform>
            <numerusform>%n sources match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message numerus="yes">
        <location filename="../../evidence_app/ui/library_view/search_controller.py" line="131"/>
        <source>The search took more than %n seconds and was stopped; the search was restarted. Search again, perhaps with fewer or more precise words.</source>
        <translation>
            <numerusform>The search took more than %n second and was stopped; the search was restarted. Search again, perhaps with fewer or more precise words.</numerusform>
            <numerusform>The search took more than %n seconds and was stopped; the search was restarted. Search again, perhaps with fewer or more precise words.</numerusform>
        </translation>
    </message>
</context>
</TS>

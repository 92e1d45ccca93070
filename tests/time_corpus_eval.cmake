# Regression test of the time tagger on the sample corpus (corpus/*/), through the command line as
# in TempEval-3: the gold TimeML of every report (corpus/*/gold/<report>.tml) is tagged afresh with
# `timeline tag --format timeml --out SYS GOLD` (its TIMEX3 stripped, its DCT kept) and scored
# with `timeline eval --thresholds`. The gold <TEXT> holds the article only (no header lines or
# boilerplate), so TimeML written for the .txt reports themselves has another text and cannot be
# compared with it; tagging the gold text scores the same sentences the annotators tagged.
set(gold "${WORK}/corpus-gold")
set(system "${WORK}/corpus-system")
file(REMOVE_RECURSE "${gold}" "${system}")
file(MAKE_DIRECTORY "${gold}" "${system}")
file(GLOB files "${CORPUS}/*/gold/*.tml")
list(LENGTH files count)
if(count EQUAL 0)
  message(FATAL_ERROR "no gold TimeML under ${CORPUS}/*/gold")
endif()
file(COPY ${files} DESTINATION "${gold}")
execute_process(COMMAND "${TIMELINE}" -q tag --format timeml --out "${system}" "${gold}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "timeline tag failed: ${rc}")
endif()
file(GLOB tagged "${system}/*.tml")
list(LENGTH tagged got)
if(NOT got EQUAL count)
  message(FATAL_ERROR "${got} tagged reports for ${count} gold files")
endif()
execute_process(COMMAND "${TIMELINE}" eval --gold "${gold}" --system "${system}" --thresholds "${THRESHOLDS}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "timeline eval: below thresholds or failed (exit ${rc})")
endif()

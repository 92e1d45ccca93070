# Lexicons, rule files and tables live as readable data files next to the code that uses them.
# They are compiled into the binary so `timeline` works from any directory; a data file edited
# in the source tree is picked up on the next build.
function(timeline_embed_data target namespace)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded_data.cpp")
  set(script "${PROJECT_SOURCE_DIR}/cmake/EmbedDataScript.cmake")
  string(REPLACE ";" "," files "${ARGN}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAMESPACE=${namespace}
            -DFILES=${files} -DBASE=${CMAKE_CURRENT_SOURCE_DIR} -P ${script}
    DEPENDS ${ARGN} ${script}
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    COMMENT "Embedding data files into ${target}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
